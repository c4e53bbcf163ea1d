import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { FilterChips } from '@/components/filter-chips'
import { GRID_RULES, type AdvanceTo, type Ticket } from '@/contract/grid'
import { advanceInput } from '@/contract/schemas/grid'
import { checkForm } from '@/lib/check-form'
import { CloudCallError } from '@/lib/cloud'
import { showToast } from '@/lib/toast'
import { advanceTicket } from '../api'
import { GRID_DEPARTMENTS } from '../departments'

const NEXT: Partial<Record<Ticket['status'], AdvanceTo[]>> = {
  submitted: ['accepted', 'rejected'],
  accepted: ['dispatched', 'resolved', 'rejected'],
  dispatched: ['resolved'],
  reopened: ['dispatched', 'resolved'],
}

const LABELS: Record<AdvanceTo, string> = {
  accepted: '受理',
  dispatched: '派单',
  resolved: '办结',
  rejected: '不予受理',
}

/** The staff member's next steps for a ticket, each with a note; dispatch names a department. */
export function StaffActions({ ticket, onDone }: { ticket: Ticket; onDone: (t: Ticket) => void }) {
  const steps = NEXT[ticket.status] ?? []
  const [note, setNote] = useState('')
  const [department, setDepartment] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState<AdvanceTo | null>(null)
  const [tried, setTried] = useState<AdvanceTo | null>(null)
  const [cloudError, setCloudError] = useState<string | null>(null)
  if (steps.length === 0) return null
  if (ticket.own) {
    return (
      <View className="card staff-actions">
        <Text className="fs-lg staff-actions__title">处理工单</Text>
        <Text className="muted fs-md">这是你本人反映的问题，请由本社区其他工作人员处理</Text>
      </View>
    )
  }

  const check = (to: AdvanceTo) =>
    checkForm(advanceInput, {
      ticketNo: ticket.ticketNo,
      to,
      note,
      department: to === 'dispatched' ? department : undefined,
    })
  const invalid = tried ? check(tried) : null
  const error = cloudError ?? (invalid && !invalid.output ? (Object.values(invalid.errors)[0] ?? null) : null)
  const edit =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v)
      setCloudError(null)
    }

  const run = async (to: AdvanceTo) => {
    const { output } = check(to)
    setTried(to)
    setCloudError(null)
    if (!output) return
    setBusy(to)
    try {
      const next = await advanceTicket(output)
      showToast(`已${LABELS[to]}`, 'success')
      setNote('')
      setTried(null)
      onDone(next)
    } catch (err) {
      if (err instanceof CloudCallError) setCloudError(err.message)
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className="card staff-actions">
      <Text className="fs-lg staff-actions__title">处理工单</Text>
      <Textarea
        className="field__input staff-actions__note fs-md"
        name="note"
        placeholder="处理说明（必填，居民可在进度中看到）"
        maxlength={GRID_RULES.noteMax}
        value={note}
        onInput={(e) => edit(setNote)(e.detail.value)}
      />
      <Text className="muted fs-sm staff-actions__count">
        {note.length}/{GRID_RULES.noteMax}
      </Text>
      {steps.includes('dispatched') ? (
        <View className="staff-actions__depts">
          <Text className="muted fs-sm">承办部门（派单用）：网格吹哨、部门报到</Text>
          <View className="chips">
            <FilterChips
              options={GRID_DEPARTMENTS.map((d) => [d, d] as const)}
              value={department}
              onChange={edit(setDepartment)}
            />
          </View>
        </View>
      ) : null}
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <View className="staff-actions__buttons">
        {steps.map((to) => (
          <Button
            key={to}
            className={`btn btn--small ${to === 'rejected' ? 'btn--ghost' : 'btn--primary'}`}
            loading={busy === to}
            disabled={busy !== null}
            onClick={() => run(to)}
          >
            {LABELS[to]}
          </Button>
        ))}
      </View>
    </View>
  )
}
