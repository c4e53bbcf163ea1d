import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PlaceLink } from '@/components/place-link'
import { canShare } from '@/lib/share'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { Activity, MySignup } from '@/contract/volunteer'
import { CloudCallError, errorMessage } from '@/lib/cloud'
import { openPage, openTab } from '@/lib/navigation'
import { rememberReturn } from '@/lib/return-to'
import { formatDateTime } from '@/lib/time'
import { confirmDialog, showToast } from '@/lib/toast'
import { cancelSignup, fetchActivity, signUp } from '../api'
import { SIGNUP_LABEL, STATUS_LABEL, hours, timeRange } from '../format'
import './pages.scss'
import './volunteer.scss'
import { askToSubscribe } from '@/lib/subscribe'

type Detail = Activity & { mySignup: MySignup | null }

/** `resume`: the person tapped 立即报名, filled in the profile and came back: finish the sign-up. */
export function ActivityDetail({ id, now, resume }: { id: string; now: number; resume?: boolean }) {
  const [detail, setDetail] = useState<Detail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const resumed = useRef(false)
  const load = useCallback(() => {
    setError(null)
    fetchActivity(id).then(setDetail, (err) => setError(errorMessage(err)))
  }, [id])
  useEffect(load, [load])

  const join = async (a: Detail) => {
    const cutoff = formatDateTime(a.cancelDeadline)
    const warned = `取消报名已于 ${cutoff} 截止，现在报名后将不能取消。确定报名吗？`
    if (now > a.cancelDeadline && !(await confirmDialog('报名后不能取消', warned, '确定报名'))) return
    setBusy(true)
    try {
      await signUp(id)
      void askToSubscribe('activity')
      showToast('报名成功', 'success')
      load()
    } catch (err) {
      if (err instanceof CloudCallError && err.code === 'PROFILE_REQUIRED') {
        const why = '报名志愿活动需要先填写姓名和手机号，填好后会回到这里完成报名'
        if (await confirmDialog('需要实名信息', why, '去填写')) {
          rememberReturn({
            url: `/packages/volunteer/detail/index?id=${id}&join=1`,
            label: `报名「${a.title}」`,
          })
          openTab('/pages/mine/index')
        }
      }
    } finally {
      setBusy(false)
    }
  }
  useEffect(() => {
    if (!resume || resumed.current || !detail) return
    resumed.current = true
    const signedAlready = detail.mySignup && detail.mySignup.status !== 'cancelled'
    if (detail.status === 'open' && !signedAlready) void join(detail)
  })

  if (error) return <ErrorState message={error} onRetry={load} />
  if (!detail) return <Loading />
  const mine = detail.mySignup
  const signed = mine && mine.status !== 'cancelled'
  const full = detail.signedUp >= detail.quota
  const cutoffPassed = now > detail.cancelDeadline

  const leave = async () => {
    if (!(await confirmDialog('取消报名', '确定取消报名吗？名额会让给其他人。', '取消报名'))) return
    setBusy(true)
    try {
      await cancelSignup(id)
      showToast('已取消报名')
      load()
    } catch {
      // the toast already explained it
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="activity-detail">
      <View className="card">
        <Text className={`tag activity-status activity-status--${detail.status}`}>
          {STATUS_LABEL[detail.status]}
        </Text>
        <Text className="activity-detail__title fs-xl">{detail.title}</Text>
        <Text className="fs-md">时间：{timeRange(detail.startAt, detail.endAt)}</Text>
        {detail.location ? (
          <PlaceLink place={{ ...detail.location, name: `地点：${detail.place}` }} />
        ) : (
          <Text className="fs-md">地点：{detail.place}</Text>
        )}
        <Text className="fs-md">
          组织：{detail.street} {detail.community}
        </Text>
        <Text className="fs-md">
          名额：已报名 {detail.signedUp} / {detail.quota} 人
        </Text>
        <Text className="fs-md activity-card__points">
          完成服务可得 {detail.points} 积分（服务满 60% 时长）
        </Text>
        <Text className={cutoffPassed ? 'fs-sm activity-detail__cutoff--passed' : 'muted fs-sm'}>
          取消报名截止：{formatDateTime(detail.cancelDeadline)}
          {cutoffPassed && !signed ? '（已截止，现在报名将不能取消）' : ''}
        </Text>
      </View>
      {detail.description ? (
        <View className="card">
          <Text className="fs-md">{detail.description}</Text>
        </View>
      ) : null}
      {mine ? (
        <View className="card" data-testid="my-signup">
          <Text className="fs-lg">我的报名：{SIGNUP_LABEL[mine.status]}</Text>
          {mine.checkInAt ? <Text className="muted fs-sm">签到 {formatDateTime(mine.checkInAt)}</Text> : null}
          {mine.checkOutAt ? (
            <Text className="muted fs-sm">签退 {formatDateTime(mine.checkOutAt)}</Text>
          ) : null}
          {mine.minutes !== undefined ? (
            <Text className="fs-md">
              服务 {hours(mine.minutes)}，获得 {mine.pointsAwarded ?? 0} 积分
            </Text>
          ) : null}
        </View>
      ) : null}
      <View className="activity-detail__actions">
        {detail.status === 'open' && !signed ? (
          <Button
            className="btn btn--primary"
            loading={busy}
            disabled={busy || full}
            onClick={() => void join(detail)}
          >
            {full ? '名额已满' : '立即报名'}
          </Button>
        ) : null}
        {signed && (mine.status === 'signed' || mine.status === 'checkedIn') && detail.status !== 'ended' ? (
          <Button className="btn btn--primary" onClick={() => openPage('/packages/volunteer/checkin/index')}>
            {mine.status === 'signed' ? '扫码签到' : '扫码签退'}
          </Button>
        ) : null}
        {mine?.status === 'signed' && now <= detail.cancelDeadline ? (
          <Button className="btn btn--ghost" disabled={busy} onClick={() => void leave()}>
            取消报名
          </Button>
        ) : null}
        {canShare ? (
          <Button className="btn btn--ghost" openType="share">
            分享给邻居
          </Button>
        ) : null}
        {detail.organizer ? (
          <Button
            className="btn btn--ghost"
            onClick={() => openPage(`/packages/staff/roster/index?id=${id}`)}
          >
            管理这个活动
          </Button>
        ) : null}
      </View>
      {detail.status === 'cancelled' ? <EmptyState title="这个活动已取消" /> : null}
    </View>
  )
}
