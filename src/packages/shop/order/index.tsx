import { useState } from 'react'
import { useDidHide, useDidShow, useRouter } from '@tarojs/taro'
import { ErrorState } from '@/components/state-view'
import { OrderCode } from '@/features/shop/components/order-code'
import { PageShell } from '@/features/session/components/page-shell'
import '@/features/shop/components/shop.scss'

export default function OrderPage() {
  const id = useRouter().params.id
  const [shown, setShown] = useState(true)
  useDidShow(() => setShown(true))
  useDidHide(() => setShown(false))
  return (
    <PageShell>
      {id ? <OrderCode orderId={id} active={shown} /> : <ErrorState message="没有找到这笔兑换" />}
    </PageShell>
  )
}
