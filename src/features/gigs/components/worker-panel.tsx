import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { GIG_RULES as R, type JobDetail } from '@/contract/gigs'
import { openPage, openTab } from '@/lib/navigation'
import { callPhone } from '@/lib/phone'
import { formatDateTime } from '@/lib/time'
import { showToast } from '@/lib/toast'
import { applyJob, withdrawApplication } from '../api'
import { useWrite } from '@/lib/use-load'
import { ApplicationTag, RatingLine } from './parts'
import { RateForm } from './rate-form'
import './gigs.scss'

/**
 * A resident's side of a job: apply with a message, then the application's status; withdraw while
 * pending; the business line once accepted (the cloud returns it only then); rate the employer once
 * the gig is done.
 */
export function WorkerPanel({
  job,
  profile,
  onChanged,
}: {
  job: JobDetail
  profile: boolean
  onChanged: () => void
}) {
  const [message, setMessage] = useState('')
  const { busy, error, run } = useWrite()
  const mine = job.myApplication
  const apply = async () => {
    if (message.trim().length > R.messageMax) return
    const done = await run('apply', () => applyJob(job.id, message.trim() || undefined))
    if (done) {
      showToast('已报名，等待用工方确认', 'success')
      onChanged()
    }
  }
  const withdraw = async () => {
    if (!mine) return
    const done = await run('withdraw', () => withdrawApplication(mine.id))
    if (done) onChanged()
  }
  if (mine) {
    return (
      <View className="card gg-section" data-testid="my-application">
        <View className="gg-row">
          <Text className="fs-md gg-strong">我的报名</Text>
          <ApplicationTag status={mine.status} />
        </View>
        <Text className="muted fs-sm">报名于 {formatDateTime(mine.appliedAt)}</Text>
        {mine.message ? <Text className="fs-sm">留言：{mine.message}</Text> : null}
        {mine.status === 'pending' ? <Text className="fs-sm">等待用工方确认；确认前可以撤回。</Text> : null}
        {mine.reason ? <Text className="fs-sm">原因：{mine.reason}</Text> : null}
        {mine.points ? (
          <Text className="fs-sm gg-strong" data-testid="gig-points">
            完成零工，获得 {mine.points} 信用+ 积分
          </Text>
        ) : null}
        {job.contact ? (
          <View className="gg-contact" data-testid="contact">
            <View className="gg-contact__text">
              <Text className="muted fs-sm">用工方电话</Text>
              <Text className="fs-lg gg-strong gg-nowrap">{job.contact}</Text>
            </View>
            <Button className="btn btn--ghost btn--small" onClick={() => void callPhone(job.contact!)}>
              拨打
            </Button>
          </View>
        ) : null}
        <RatingLine label="用工方评价" rating={mine.byEmployer} />
        <RatingLine label="我的评价" rating={mine.byWorker} />
        {mine.status === 'done' && !mine.byWorker ? (
          <RateForm applicationId={mine.id} title="给用工方打分" onDone={onChanged} />
        ) : null}
        {error ? <Text className="field__error fs-sm">{error}</Text> : null}
        {mine.status === 'pending' ? (
          <Button
            className="btn btn--ghost"
            loading={busy === 'withdraw'}
            disabled={busy !== null}
            onClick={withdraw}
          >
            撤回报名
          </Button>
        ) : null}
      </View>
    )
  }
  if (job.status !== 'recruiting') {
    return (
      <View className="card gg-section">
        <Text className="muted fs-md">这个岗位已停止报名。</Text>
      </View>
    )
  }
  if (!profile) {
    return (
      <View className="card gg-section" data-testid="apply-hint">
        <Text className="fs-md">报名需要实名信息（姓名和手机号）。</Text>
        <Button className="btn btn--ghost" onClick={() => openTab('/pages/mine/index')}>
          去「我的」完善信息
        </Button>
      </View>
    )
  }
  const tooLong = message.trim().length > R.messageMax
  return (
    <View className="card gg-section" data-testid="apply-form">
      <Text className="fs-md gg-strong">报名</Text>
      <Textarea
        className="field__input gg-area fs-md"
        name="message"
        placeholder={`给用工方留言（选填，最多 ${R.messageMax} 字）：经验、能到的时间`}
        maxlength={R.messageMax}
        value={message}
        onInput={(e) => setMessage(e.detail.value)}
      />
      <Text className="muted fs-sm" onClick={() => openPage('/packages/gigs/card/index')}>
        用工方会看到你的求职卡和完成记录 · 编辑求职卡 ›
      </Text>
      {tooLong ? <Text className="field__error fs-sm">留言最多 {R.messageMax} 个字</Text> : null}
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <Button
        className="btn btn--primary"
        loading={busy === 'apply'}
        disabled={busy !== null}
        onClick={apply}
      >
        我要报名
      </Button>
    </View>
  )
}
