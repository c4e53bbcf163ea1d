import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Button } from '@/components/button'
import { BottomSheet } from '@/components/bottom-sheet'
import { Stepper } from '@/components/stepper'
import { redeemInput } from '@/contract/schemas/shop'
import type { Goods } from '@/contract/shop'
import { checkForm } from '@/lib/check-form'
import { errorMessage } from '@/lib/cloud'
import { newRequestId } from '@/lib/request-id'
import { redeem } from '../api'
import { askToSubscribe } from '@/lib/subscribe'

/** The confirm sheet: quantity, total, one request id for this attempt (a retry reuses it). */
export function RedeemSheet({
  goods,
  max,
  onClose,
  onDone,
}: {
  goods: Goods
  max: number
  onClose: () => void
  onDone: (orderId: string) => void
}) {
  const [quantity, setQuantity] = useState(1)
  const [requestId] = useState(newRequestId)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async () => {
    const { output, errors } = checkForm(redeemInput, { goodsId: goods.id, quantity, requestId })
    if (!output) return setError(Object.values(errors)[0] ?? null)
    setBusy(true)
    setError(null)
    try {
      const order = await redeem(output.goodsId, output.quantity, output.requestId)
      void askToSubscribe('order')
      onDone(order.id)
    } catch (err) {
      setError(errorMessage(err))
      setBusy(false)
    }
  }
  return (
    <BottomSheet title="确认兑换" onClose={onClose}>
      <Text className="fs-md">{goods.name}</Text>
      <Stepper
        label="数量"
        value={quantity}
        min={1}
        max={max}
        testId="quantity"
        onChange={(q) => {
          setQuantity(q)
          setError(null)
        }}
      />
      <Text className="fs-md">
        共需 <Text className="shop-price fs-lg">{goods.points * quantity}</Text> 积分
      </Text>
      <Text className="muted fs-sm">积分先冻结，店员核销后扣除；30 分钟内未核销自动退回。</Text>
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <Button
        className="btn btn--primary sheet__go"
        loading={busy}
        disabled={busy}
        onClick={() => void submit()}
      >
        确认兑换
      </Button>
      <Button className="btn btn--ghost" onClick={onClose}>
        再想想
      </Button>
    </BottomSheet>
  )
}
