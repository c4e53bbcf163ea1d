import { useCallback, useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { Balance } from '@/contract/points'
import { fetchBalance, fetchLedgerPage } from '@/features/points/api'
import { BalanceCard } from '@/features/points/components/balance-card'
import { LedgerList } from '@/features/points/components/ledger-list'
import { PointsRules } from '@/features/points/components/points-rules'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { demoNow } from '@/lib/demo'
import { openPage } from '@/lib/navigation'
import { usePaged } from '@/lib/use-paged'

export default function PointsPage() {
  const openid = useSession((s) => s.view?.openid)
  const [balance, setBalance] = useState<Balance | null>(null)
  const ledger = usePaged(fetchLedgerPage, [openid])
  const loadBalance = useCallback(() => {
    fetchBalance().then(setBalance, () => setBalance(null))
  }, [])
  useEffect(loadBalance, [loadBalance, openid])
  useDidShow(() => {
    loadBalance()
    void ledger.refresh()
  })
  return (
    <PageShell>
      <BalanceCard balance={balance} />
      <PointsRules onRedeem={() => openPage('/packages/shop/index/index')} />
      <Text className="section-title fs-lg">积分明细</Text>
      <LedgerList
        ledger={ledger}
        now={demoNow()}
        onOpenOrder={(id) => openPage(`/packages/shop/order/index?id=${id}`)}
      />
    </PageShell>
  )
}
