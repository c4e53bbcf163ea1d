import '@/lib/cloud-property'
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ErrorState, Loading } from '@/components/state-view'
import { fetchAccounts, fetchEstates } from '@/features/property/api'
import { AccountsView } from '@/features/property/components/accounts-view'
import { MonthSwitch } from '@/features/property/components/parts'
import { addMonths, currentMonth, lastEndedMonth } from '@/features/property/month'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { usePropertyViewer } from '../use-viewer'

export default function AccountsPage() {
  const params = useRouter().params
  const estateId = params.estateId ?? ''
  const viewer = usePropertyViewer()
  const [month, setMonth] = useState(params.month ?? lastEndedMonth())
  const estates = useLoad(fetchEstates, 'estates')
  const estate = estates.data?.find((e) => e.id === estateId)
  // asked once the session is known: the 物业 and the staff see what residents do not yet
  const accounts = useLoad(
    () => fetchAccounts(estateId, month),
    `${estateId}|${month}|${viewer.ready}`,
    viewer.ready && Boolean(estateId),
  )
  const error = estates.error ?? accounts.error
  return (
    <PageShell>
      <View className="card">
        <MonthSwitch
          month={month}
          max={currentMonth()}
          prev={addMonths(month, -1)}
          next={addMonths(month, 1)}
          onChange={setMonth}
        />
      </View>
      {error ? (
        <ErrorState
          message={error}
          onRetry={() => {
            estates.reload()
            accounts.reload()
          }}
        />
      ) : null}
      {!error && !(accounts.data && estates.data) ? <Loading /> : null}
      {accounts.data && estates.data ? (
        <AccountsView
          accounts={accounts.data}
          viewer={{
            resident: viewer.estateId === estateId,
            property: Boolean(viewer.property && viewer.property.companyId === accounts.data.companyId),
            staff: Boolean(estate && viewer.staff?.communityId === estate.communityId),
          }}
          onChange={accounts.setData}
          reload={accounts.reload}
        />
      ) : null}
    </PageShell>
  )
}
