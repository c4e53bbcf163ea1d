import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/state-view'
import { GIG_RULES as R, type Employer, type GigQueue, type Job } from '@/contract/gigs'
import { formatDateTime } from '@/lib/time'
import { approveEmployer, rejectEmployer, reviewJob } from '../api'
import { hoursText, kindName, payText } from '../format'
import { useWrite } from '@/lib/use-load'
import './gigs.scss'

/** 通过 / 不通过 (with a reason) for one item of the queue. */
function Decide({
  onApprove,
  onReject,
  onDone,
}: {
  onApprove: () => Promise<unknown>
  onReject: (reason: string) => Promise<unknown>
  onDone: () => void
}) {
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const { busy, error, setError, run } = useWrite()
  const go = async (key: string, act: () => Promise<unknown>) => {
    if ((await run(key, act)) !== null) onDone()
  }
  const reject = () => {
    const r = reason.trim()
    if (r.length < R.reasonMin || r.length > R.reasonMax) {
      setError(`不通过的理由需为 ${R.reasonMin}–${R.reasonMax} 个字`)
      return
    }
    void go('reject', () => onReject(r))
  }
  return (
    <View className="gg-section">
      {rejecting ? (
        <Input
          className="field__input"
          name="reason"
          placeholder="不通过的理由"
          maxlength={R.reasonMax}
          value={reason}
          onInput={(e) => {
            setReason(e.detail.value)
            setError(null)
          }}
        />
      ) : null}
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <View className="gg-buttons">
        {rejecting ? (
          <>
            <Button
              className="btn btn--primary"
              loading={busy === 'reject'}
              disabled={busy !== null}
              onClick={reject}
            >
              确认不通过
            </Button>
            <Button className="btn btn--ghost" onClick={() => setRejecting(false)}>
              取消
            </Button>
          </>
        ) : (
          <>
            <Button
              className="btn btn--primary"
              loading={busy === 'approve'}
              disabled={busy !== null}
              onClick={() => void go('approve', onApprove)}
            >
              通过
            </Button>
            <Button className="btn btn--ghost" disabled={busy !== null} onClick={() => setRejecting(true)}>
              不通过
            </Button>
          </>
        )}
      </View>
    </View>
  )
}

function JobItem({ job, onDone }: { job: Job; onDone: () => void }) {
  return (
    <View className="gg-applicant" data-testid="review-job" data-job={job.id}>
      <View className="gg-row gg-row--start">
        <Text className="tag">{job.tradeName}</Text>
        <Text className="fs-md gg-strong">{job.title}</Text>
      </View>
      <Text className="fs-sm">
        {job.employerName} · {job.community} · {job.address}
      </Text>
      <Text className="fs-sm">{hoursText(job.startAt, job.endAt)}</Text>
      <Text className="fs-sm">
        {payText(job.pay)}（指导价 {payText(job.guidePrice)}）
        {job.belowGuide ? <Text className="tag gg-below">低于指导价</Text> : null} · 招 {job.headcount} 人
      </Text>
      <Text className="fs-sm gg-desc">{job.description}</Text>
      <Decide
        onApprove={() => reviewJob(job.id, true)}
        onReject={(reason) => reviewJob(job.id, false, reason)}
        onDone={onDone}
      />
    </View>
  )
}

function EmployerItem({ e, onDone }: { e: Employer; onDone: () => void }) {
  return (
    <View className="gg-applicant" data-testid="review-employer" data-employer={e.id}>
      <Text className="fs-md gg-strong">
        {e.name} · {kindName(e.kind)}
      </Text>
      <Text className="fs-sm">
        申请人 {e.applicant ?? '—'} · {e.community}
      </Text>
      {e.contact ? <Text className="fs-sm">联系电话 {e.contact}</Text> : null}
      <Text className="muted fs-sm">申请于 {formatDateTime(e.appliedAt)}</Text>
      <Decide
        onApprove={() => approveEmployer(e.id)}
        onReject={(reason) => rejectEmployer(e.id, reason)}
        onDone={onDone}
      />
    </View>
  )
}

/** Staff: posts in review, employer applications, flagged employers of their community. */
export function ReviewQueue({ queue, onChanged }: { queue: GigQueue; onChanged: () => void }) {
  return (
    <View data-testid="review-queue">
      <Text className="section-title fs-lg">待审核的招工（{queue.jobs.length}）</Text>
      <View className="card gg-section">
        {queue.jobs.length === 0 ? <EmptyState title="没有待审核的招工" /> : null}
        {queue.jobs.map((job) => (
          <JobItem key={job.id} job={job} onDone={onChanged} />
        ))}
      </View>
      <Text className="section-title fs-lg">用工方申请（{queue.employers.length}）</Text>
      <View className="card gg-section">
        {queue.employers.length === 0 ? <EmptyState title="没有待审核的申请" /> : null}
        {queue.employers.map((e) => (
          <EmployerItem key={e.id} e={e} onDone={onChanged} />
        ))}
      </View>
      <Text className="section-title fs-lg">评分偏低的用工方</Text>
      <View className="card gg-section" data-testid="flagged">
        {queue.flagged.length === 0 ? (
          <Text className="muted fs-sm">
            没有。师傅评分在 {R.flagMinRatings} 次以上、平均 {R.flagMaxAverage} 分及以下的用工方会列在这里。
          </Text>
        ) : null}
        {queue.flagged.map((e) => (
          <View key={e.id} className="gg-applicant" data-testid="flagged-employer">
            <Text className="fs-md gg-strong">{e.name}</Text>
            <Text className="fs-sm">
              平均 {e.rating?.toFixed(1) ?? '—'} 分 · {e.ratings} 次评分
              {e.contact ? ` · ${e.contact}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}
