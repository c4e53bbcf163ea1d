import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { Order } from '@/contract/shop'
import { QrCode } from '@/components/qr-code'
import { ErrorState, Loading } from '@/components/state-view'
import { errorMessage } from '@/lib/cloud'
import { demoNow } from '@/lib/demo'
import { qrLink } from '@/lib/qr-link'
import { formatDateTime } from '@/lib/time'
import { confirmDialog, showToast } from '@/lib/toast'
import { cancelOrder, fetchOrder } from '../api'
import { STATUS_TEXT } from './order-status'
import { ShopPlace } from './shop-place'

/** While an open code is shown, how often it asks whether the clerk has confirmed it. */
export const POLL_MS = 4000

function countdown(ms: number): string {
  const s = Math.max(Math.ceil(ms / 1000), 0)
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

/**
 * The order's code: QR + 8 digits + countdown while open. While the page is shown (`active`) and
 * the order is open it reads that one order every POLL_MS (never two reads at once), once more
 * when the countdown runs out, and flips to 已核销 by itself; hidden or settled, it stops.
 */
export function OrderCode({ orderId, active }: { orderId: string; active: boolean }) {
  const [order, setOrder] = useState<Order | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [now, setNow] = useState(demoNow())
  const loading = useRef(false)
  const load = useCallback(() => {
    if (loading.current) return
    loading.current = true
    fetchOrder(orderId).then(
      (o) => {
        loading.current = false
        setOrder(o)
        setError(null)
      },
      (err) => {
        loading.current = false
        setError(errorMessage(err))
      },
    )
  }, [orderId])
  useEffect(() => {
    if (active) load()
  }, [active, load])
  const expiresAt = order?.status === 'pending' ? order.expiresAt : null
  useEffect(() => {
    if (expiresAt === null || !active) return
    let due = true
    const tick = setInterval(() => {
      const t = demoNow()
      setNow(t)
      if (due && t >= expiresAt) {
        due = false
        load()
      }
    }, 1000)
    const poll = setInterval(load, POLL_MS)
    return () => {
      clearInterval(tick)
      clearInterval(poll)
    }
  }, [expiresAt, active, load])
  const open = expiresAt !== null

  const cancel = async () => {
    if (!(await confirmDialog('取消兑换', '取消后冻结的积分会立即退回，确定取消吗？', '取消兑换'))) return
    try {
      setOrder(await cancelOrder(orderId))
      showToast('已取消，积分已退回', 'success')
    } catch (err) {
      showToast(errorMessage(err))
      load()
    }
  }

  if (error && !order) return <ErrorState message={error} onRetry={load} />
  if (!order) return <Loading />
  return (
    <View className="card order-code" data-status={order.status}>
      <Text className="fs-lg order-code__goods">
        {order.goods.name} ×{order.quantity}
      </Text>
      <Text className="muted fs-sm">
        {order.goods.shopName} · {order.points} 积分
      </Text>
      {open ? (
        <>
          <View className="order-code__qr">
            <QrCode text={qrLink('redeem', order.code)} size={400} />
          </View>
          <Text className="order-code__digits" data-testid="order-code">
            {order.code}
          </Text>
          <Text className="fs-md">
            请在 <Text className="order-code__left">{countdown(order.expiresAt - now)}</Text> 内出示给店员核销
          </Text>
          <Button className="btn btn--ghost order-code__cancel" onClick={() => void cancel()}>
            取消兑换
          </Button>
        </>
      ) : (
        <View className={`order-code__done order-code__done--${order.status}`}>
          <Text className="fs-xl order-code__big">{STATUS_TEXT[order.status]}</Text>
          <Text className="muted fs-sm">
            {order.status === 'confirmed' && order.confirmedAt
              ? `核销时间 ${formatDateTime(order.confirmedAt)}，积分已扣除`
              : '冻结的积分已退回'}
          </Text>
        </View>
      )}
      <Text className="muted fs-sm order-code__meta">下单时间 {formatDateTime(order.createdAt)}</Text>
      {open ? <ShopPlace shopId={order.goods.shopId} /> : null}
    </View>
  )
}
