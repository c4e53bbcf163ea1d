import { AccountLinks, DemoEntry, ElderModeSwitch } from '@/features/session/components/account-actions'
import { MyOpenTickets } from '@/features/grid/components/my-open-tickets'
import { MessagesEntry } from '@/features/messages/components/messages-entry'
import { PageShell } from '@/features/session/components/page-shell'
import { ProfileForm } from '@/features/session/components/profile-form'
import { RoleBinding } from '@/features/session/components/role-binding'
import { StorageNotice } from '@/features/session/components/storage-notice'
import { useSession } from '@/features/session/store'
import { ErrorState, Loading } from '@/components/state-view'
import { Text, View } from '@tarojs/components'
import { openPage } from '@/lib/navigation'
import './index.scss'

export default function MinePage() {
  const status = useSession((s) => s.status)
  const error = useSession((s) => s.error)
  const load = useSession((s) => s.load)
  const view = useSession((s) => s.view)
  return (
    <PageShell>
      {status === 'error' ? <ErrorState message={error ?? ''} onRetry={load} /> : null}
      {status === 'loading' || status === 'idle' ? <Loading /> : null}
      {status === 'ready' ? (
        <>
          <StorageNotice />
          <ProfileForm />
          {view ? <MessagesEntry openid={view.openid} /> : null}
          {view?.profile ? <MyOpenTickets openid={view.openid} /> : null}
          <RoleBinding />
          <View className="card links">
            <View className="links__row" onClick={() => openPage('/packages/volunteer/mine/index')}>
              <Text className="fs-md">我的志愿服务</Text>
              <Text className="muted fs-md">›</Text>
            </View>
            {view?.staff ? (
              <View className="links__row" onClick={() => openPage('/packages/council/index?view=staff')}>
                <Text className="fs-md">议事待答复</Text>
                <Text className="muted fs-md">›</Text>
              </View>
            ) : null}
            {view?.adviser ? (
              <View className="links__row" onClick={() => openPage('/packages/council/index?view=adviser')}>
                <Text className="fs-md">{view.adviser.title}</Text>
                <Text className="muted fs-md">›</Text>
              </View>
            ) : null}
            {view?.property ? (
              <View
                className="links__row"
                onClick={() => openPage(`/packages/property/company/index?id=${view.property!.companyId}`)}
              >
                <Text className="fs-md">物业 · {view.property.company}</Text>
                <Text className="muted fs-md">›</Text>
              </View>
            ) : null}
            {view?.employer ? (
              <View className="links__row" onClick={() => openPage('/packages/gigs/employer/index')}>
                <Text className="fs-md">用工方 · {view.employer.name}</Text>
                <Text className="muted fs-md">›</Text>
              </View>
            ) : null}
          </View>
          <ElderModeSwitch />
          <AccountLinks />
        </>
      ) : null}
      <DemoEntry />
    </PageShell>
  )
}
