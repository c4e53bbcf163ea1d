import { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { ErrorState } from '@/components/state-view'
import { GoodsList } from '@/features/shop/components/goods-list'
import { PageShell } from '@/features/session/components/page-shell'
import { openPage, setPageTitle } from '@/lib/navigation'
import '@/features/shop/components/shop.scss'

export default function GoodsPage() {
  const { shopId, name } = useRouter().params
  useEffect(() => {
    if (name) setPageTitle(decodeURIComponent(name))
  }, [name])
  return (
    <PageShell>
      {shopId ? (
        <GoodsList shopId={shopId} onRedeemed={(id) => openPage(`/packages/shop/order/index?id=${id}`)} />
      ) : (
        <ErrorState message="没有找到这家门店" />
      )}
    </PageShell>
  )
}
