import { useCallback, useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { Activity, RosterRow } from '@/contract/volunteer'
import { errorMessage } from '@/lib/cloud'
import { goBack, openPage } from '@/lib/navigation'
import { formatDateTime } from '@/lib/time'
import { confirmDialog, showToast } from '@/lib/toast'
import { cancelActivity, fetchActivity, fetchRoster, manualCheck } from '../api'
import { SIGNUP_LABEL, STATUS_LABEL, hours, timeRange } from '../format'
import './staff.scss'
import './volunteer.scss'

const time = (at?: number) => (at ? formatDateTime(at).slice(-5) : '')

/** One activity for its organiser: QR pages, edit/cancel before the start, the roster with manual checks. */
export function Roster({ id }: { id: string }) {
  const [activity, setActivity] = useState<Activity | null>(null)
  const [rows, setRows] = useState<RosterRow[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    setError(null)
    Promise.all([fetchActivity(id), fetchRoster(id)]).then(
      ([a, r]) => {
        setActivity(a)
        setRows(r.items)
      },
      (err) => setError(errorMessage(err)),
    )
  }, [id])
  useEffect(load, [load])
  useDidShow(load)

  if (error) return <ErrorState message={error} onRetry={load} />
  if (!activity || !rows) return <Loading />
  const checkInOpen = activity.status === 'open' || activity.status === 'ongoing'
  const live = checkInOpen || activity.status === 'ended'
  /** The manual check a row may get now; the caller's own row shows why it gets none. */
  const manualKind = (row: RosterRow): 'in' | 'out' | null => {
    if (live && row.status === 'signed' && activity.status !== 'open') return 'in'
    return live && row.status === 'checkedIn' ? 'out' : null
  }
  const check = async (row: RosterRow, kind: 'in' | 'out') => {
    const what = kind === 'in' ? '签到' : '签退'
    if (
      !(await confirmDialog(
        `补录${what}`,
        `为 ${row.name} 按当前时间补录${what}？记录会标注为人工补录。`,
        '补录',
      ))
    )
      return
    try {
      await manualCheck(row.signupId, kind)
      showToast(`已补录${what}`, 'success')
      load()
    } catch {
      // toast shown
    }
  }
  const cancel = async () => {
    if (!(await confirmDialog('取消活动', '取消后居民将无法报名和签到，确定取消吗？', '取消活动'))) return
    try {
      await cancelActivity(id)
      showToast('活动已取消')
      goBack()
    } catch {
      // toast shown
    }
  }
  return (
    <View>
      <View className="card card-head">
        <Text className={`tag activity-status activity-status--${activity.status}`}>
          {STATUS_LABEL[activity.status]}
        </Text>
        <Text className="activity-card__title fs-lg">{activity.title}</Text>
        <Text className="muted fs-sm">{timeRange(activity.startAt, activity.endAt)}</Text>
        <Text className="fs-sm">
          已报名 {activity.signedUp}/{activity.quota}
        </Text>
      </View>
      {live ? (
        <View className="staff-actions">
          {checkInOpen ? (
            <Button
              className="btn btn--primary btn--small"
              onClick={() => openPage(`/packages/staff/qr/index?id=${id}&kind=in`)}
            >
              出示签到码
            </Button>
          ) : null}
          <Button
            className="btn btn--primary btn--small"
            onClick={() => openPage(`/packages/staff/qr/index?id=${id}&kind=out`)}
          >
            出示签退码
          </Button>
        </View>
      ) : null}
      {activity.status === 'open' ? (
        <View className="staff-actions">
          <Button
            className="btn btn--ghost btn--small"
            onClick={() => openPage(`/packages/staff/publish/index?id=${id}`)}
          >
            编辑活动
          </Button>
          <Button className="btn btn--ghost btn--small" onClick={() => void cancel()}>
            取消活动
          </Button>
        </View>
      ) : null}
      <Text className="section-title fs-lg">报名名单（{rows.length}）</Text>
      {rows.length === 0 ? <EmptyState title="还没有人报名" /> : null}
      {rows.map((row) => (
        <View key={row.signupId} className="card roster-row">
          <View className="roster-row__who">
            <Text className="fs-md">
              {row.name} <Text className="muted fs-sm">{row.phoneMasked}</Text>
            </Text>
            <Text className="muted fs-sm">
              {SIGNUP_LABEL[row.status]}
              {row.checkInAt ? ` · 签到 ${time(row.checkInAt)}` : ''}
              {row.checkOutAt ? ` · 签退 ${time(row.checkOutAt)}` : ''}
              {row.minutes !== undefined ? ` · ${hours(row.minutes)}` : ''}
              {row.manual ? ' · 人工补录' : ''}
            </Text>
          </View>
          <ManualCheck row={row} kind={manualKind(row)} onCheck={check} />
        </View>
      ))}
    </View>
  )
}

/** A row's manual check button, or for the caller's own sign-up the reason there is none. */
function ManualCheck(props: {
  row: RosterRow
  kind: 'in' | 'out' | null
  onCheck: (row: RosterRow, kind: 'in' | 'out') => Promise<void>
}) {
  const { row, kind, onCheck } = props
  if (!kind) return null
  if (row.own) return <Text className="muted fs-sm">本人报名，请由本社区其他工作人员补录</Text>
  return (
    <Button className="btn btn--ghost btn--small" onClick={() => void onCheck(row, kind)}>
      {kind === 'in' ? '补签到' : '补签退'}
    </Button>
  )
}
