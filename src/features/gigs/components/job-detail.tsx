import { Text, View } from '@tarojs/components'
import type { JobDetail } from '@/contract/gigs'
import { formatDateTime } from '@/lib/time'
import { hoursText, kindName } from '../format'
import { ApplicantsPanel } from './applicants-panel'
import { JobStatusTag, PayLine } from './parts'
import { WorkerPanel } from './worker-panel'
import './gigs.scss'

/** A job: what, where, when, pay beside the guide price, the employer; then the caller's side of it. */
export function JobDetailView({
  job,
  profile,
  onChanged,
}: {
  job: JobDetail
  profile: boolean
  onChanged: () => void
}) {
  const { employer } = job
  return (
    <View data-testid="job-detail" data-job={job.id}>
      <View className="card gg-section">
        <View className="gg-row gg-row--start">
          <Text className="tag">{job.tradeName}</Text>
          <JobStatusTag status={job.status} />
        </View>
        <Text className="fs-lg gg-strong" data-testid="job-title">
          {job.title}
        </Text>
        <PayLine pay={job.pay} belowGuide={job.belowGuide} guide={job.guidePrice} />
        <View className="gg-facts">
          <Text className="fs-sm">
            <Text className="muted gg-label">时间</Text>
            {hoursText(job.startAt, job.endAt)}
          </Text>
          <Text className="fs-sm">
            <Text className="muted gg-label">地点</Text>
            {job.community} · {job.address}
          </Text>
          <Text className="fs-sm">
            <Text className="muted gg-label">人数</Text>招 {job.headcount} 人，已录用 {job.accepted} 人
          </Text>
          <Text className="fs-sm">
            <Text className="muted gg-label">截止</Text>
            {formatDateTime(job.deadline)} 前报名
          </Text>
        </View>
        <Text className="fs-md gg-desc">{job.description}</Text>
        {job.review && !job.review.approve ? (
          <Text className="field__error fs-sm">审核未通过：{job.review.reason}</Text>
        ) : null}
      </View>
      <View className="card gg-section" data-testid="employer">
        <Text className="fs-md gg-strong">{employer.name}</Text>
        <Text className="muted fs-sm">
          {kindName(employer.kind)} ·{' '}
          {employer.rating !== null ? `师傅评分 ${employer.rating.toFixed(1)}` : '暂无评分'}
        </Text>
        <Text className="muted fs-sm">工钱由用工方直接支付，平台不收任何费用。</Text>
      </View>
      {job.own ? (
        <ApplicantsPanel job={job} onChanged={onChanged} />
      ) : (
        <WorkerPanel job={job} profile={profile} onChanged={onChanged} />
      )}
    </View>
  )
}
