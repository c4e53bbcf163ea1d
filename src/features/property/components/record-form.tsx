import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { Chip } from '@/components/filter-chips'
import { PROPERTY_RULES as R, type PropertyRecord, type RecordKind } from '@/contract/property'
import { showToast } from '@/lib/toast'
import { addRecord } from '../api'
import { useWrite } from '@/lib/use-load'
import './property.scss'

const POINTS = Array.from({ length: R.recordPointsMax }, (_, i) => i + 1)

/** Staff of a served community: a good or bad record (1–10 points, a reason) counted in this month. */
export function RecordForm({
  companies,
  onDone,
}: {
  companies: { id: string; name: string }[]
  onDone: (r: PropertyRecord) => void
}) {
  const [companyId, setCompanyId] = useState(companies.length === 1 ? companies[0].id : undefined)
  const [kind, setKind] = useState<RecordKind | undefined>(undefined)
  const [points, setPoints] = useState<number | undefined>(undefined)
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const { busy, error, setError, run } = useWrite()
  const n = reason.trim().length
  const invalid = !companyId
    ? '请选择物业企业'
    : !kind
      ? '请选择加分或扣分'
      : !points
        ? '请选择分值'
        : n < R.reasonMin || n > R.reasonMax
          ? `理由需为 ${R.reasonMin}–${R.reasonMax} 个字`
          : null
  const shown = error ?? (tried ? invalid : null)
  const edit = () => setError(null)
  const submit = async () => {
    setTried(true)
    if (invalid || !companyId || !kind || !points) return
    const done = await run('record', () => addRecord(companyId, kind, points, reason.trim()))
    if (done) {
      setTried(false)
      setReason('')
      setPoints(undefined)
      showToast('已记录', 'success')
      onDone(done)
    }
  }
  return (
    <View className="card pm-section" data-testid="record-form">
      <Text className="fs-lg pm-strong">记录加分或扣分</Text>
      <Text className="muted fs-sm">计入本月得分，理由和社区名称公开显示，不显示记录人。</Text>
      <View className="pm-chips">
        {companies.map((c) => (
          <Chip
            key={c.id}
            on={companyId === c.id}
            onClick={() => {
              setCompanyId(c.id)
              edit()
            }}
          >
            {c.name}
          </Chip>
        ))}
      </View>
      <View className="pm-chips">
        {(
          [
            ['good', '加分（好人好事）'],
            ['bad', '扣分（服务问题）'],
          ] as const
        ).map(([k, label]) => (
          <Chip
            key={k}
            on={kind === k}
            onClick={() => {
              setKind(k)
              edit()
            }}
          >
            {label}
          </Chip>
        ))}
      </View>
      <View className="pm-chips">
        {POINTS.map((p) => (
          <Chip
            key={p}
            on={points === p}
            onClick={() => {
              setPoints(p)
              edit()
            }}
          >
            {`${p} 分`}
          </Chip>
        ))}
      </View>
      <Textarea
        className="field__input pm-area fs-md"
        name="reason"
        placeholder="理由（4–200 字，公开显示），如：暴雨后连夜抽排车库积水，现场核实"
        maxlength={R.reasonMax}
        value={reason}
        onInput={(e) => {
          setReason(e.detail.value)
          edit()
        }}
      />
      {shown ? <Text className="field__error fs-sm">{shown}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        提交记录
      </Button>
    </View>
  )
}
