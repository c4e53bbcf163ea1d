import { useRef, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { BottomSheet } from '@/components/bottom-sheet'
import { Stepper } from '@/components/stepper'
import { BOOKING_RULES, type Booking } from '@/contract/events'
import { bookingSheetInput } from '@/contract/schemas/events'
import { checkForm } from '@/lib/check-form'
import { CloudCallError, errorMessage } from '@/lib/cloud'
import { openTab } from '@/lib/navigation'
import { newRequestId } from '@/lib/request-id'

interface Props {
  title: string
  subtitle: string
  seatsLeft: number
  needsTicket?: boolean
  initialSeats?: number
  submit: (input: { seats: number; requestId: string; examTicket?: string }) => Promise<Booking>
  onClose: () => void
  onBooked: (booking: Booking) => void
}

/** Seats 1–4 (and the exam ticket where a session needs one), then one booking call. */
export function BookingSheet(props: Props) {
  const { title, subtitle, seatsLeft, needsTicket, initialSeats = 1, submit, onClose, onBooked } = props
  const max = Math.max(1, Math.min(BOOKING_RULES.seatsMax, seatsLeft))
  const [seats, setSeats] = useState(Math.min(initialSeats, max))
  const [ticket, setTicket] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [tried, setTried] = useState(false)
  const [profileMissing, setProfileMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  const requestId = useRef(newRequestId())

  const { output, errors } = checkForm(bookingSheetInput(!!needsTicket), {
    seats,
    requestId: requestId.current,
    examTicket: needsTicket ? ticket : undefined,
  })
  const problem = tried ? Object.values(errors)[0] : undefined

  const confirm = async () => {
    setTried(true)
    setError(null)
    if (!output) return
    setBusy(true)
    try {
      onBooked(await submit(output))
    } catch (err) {
      setError(errorMessage(err))
      setProfileMissing(err instanceof CloudCallError && err.code === 'PROFILE_REQUIRED')
      if (!(err instanceof CloudCallError) || err.code === 'INTERNAL') return
      requestId.current = newRequestId()
    } finally {
      setBusy(false)
    }
  }

  return (
    <BottomSheet title={title} onClose={onClose}>
      <Text className="muted fs-sm">{subtitle}</Text>
      <Stepper
        label="人数"
        value={seats}
        min={BOOKING_RULES.seatsMin}
        max={max}
        testId="seats"
        onChange={(n) => {
          setSeats(n)
          setError(null)
        }}
      />
      <Text className="muted fs-sm">
        每次可约 {BOOKING_RULES.seatsMin}–{BOOKING_RULES.seatsMax} 人，剩余 {seatsLeft}
      </Text>
      {needsTicket ? (
        <View className="field sheet__field">
          <Text className="field__label fs-md">准考证号</Text>
          <Input
            className="field__input"
            name="examTicket"
            value={ticket}
            maxlength={20}
            placeholder="6–20 位字母或数字，每张限约一次"
            onInput={(e) => {
              setTicket(e.detail.value)
              setError(null)
            }}
          />
        </View>
      ) : null}
      {error || problem ? <Text className="field__error fs-sm">{error ?? problem}</Text> : null}
      {profileMissing ? (
        <Text className="sheet__link fs-md" onClick={() => openTab('/pages/mine/index')}>
          去「我的」填写实名信息 ›
        </Text>
      ) : null}
      <View className="sheet__actions">
        <Button className="btn btn--ghost sheet__cancel" onClick={onClose}>
          取消
        </Button>
        <Button
          className="btn btn--primary sheet__confirm"
          loading={busy || undefined}
          disabled={busy || undefined}
          onClick={confirm}
        >
          确认预约
        </Button>
      </View>
    </BottomSheet>
  )
}
