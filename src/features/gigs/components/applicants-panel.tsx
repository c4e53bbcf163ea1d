import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { GIG_RULES as R, GIG_TRADES, type Applicant, type JobDetail } from '@/contract/gigs'
import { demoNow } from '@/lib/demo'
import { formatDateTime } from '@/lib/time'
import { completeApplication, decideApplication, fetchApplicants } from '../api'
import { useLoad, useWrite } from '@/lib/use-load'
import { ApplicationTag, RatingLine } from './parts'
import { RateForm } from './rate-form'
import './gigs.scss'

const tradeNames = (ids: string[]) =>
  ids.map((id) => GIG_TRADES.find((t) => t.id === id)?.name ?? id).join('、')

function ApplicantItem({ job, a, onChanged }: { job: JobDetail; a: Applicant; onChanged: () => void }) {
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const { busy, error, setError, run } = useWrite()
  const started = demoNow() >= job.startAt
  const write = async (key: string, act: () => Promise<unknown>) => {
    if ((await run(key, act)) !== null) onChanged()
  }
  const decline = () => {
    const r = reason.trim()
    if (r.length < R.reasonMin || r.length > R.reasonMax) {
      setError(`婉拒原因需为 ${R.reasonMin}–${R.reasonMax} 个字`)
      return
    }
    void write('decline', () =>
      decideApplication({ applicationId: a.applicationId, accept: false, reason: r }),
    )
  }
  const { record } = a
  return (
    <View className="gg-applicant" data-testid="applicant" data-application={a.applicationId}>
      <View className="gg-row">
        <Text className="fs-md gg-strong" data-testid="applicant-name">
          {a.nameMasked}
        </Text>
        <ApplicationTag status={a.status} />
      </View>
      <Text className="muted fs-sm" data-testid="record">
        完成 {record.done} 次 · 未到岗 {record.noshow} 次
        {record.rating !== null ? ` · 评分 ${record.rating.toFixed(1)}` : ''}
      </Text>
      {a.card ? (
        <Text className="fs-sm" data-testid="applicant-card">
          求职卡：{tradeNames(a.card.trades)} · {a.card.times}
          {a.card.note ? ` · ${a.card.note}` : ''}
        </Text>
      ) : (
        <Text className="muted fs-sm">没有填写求职卡</Text>
      )}
      {a.message ? <Text className="fs-sm">留言：{a.message}</Text> : null}
      <Text className="muted fs-sm">报名于 {formatDateTime(a.appliedAt)}</Text>
      <RatingLine label="我的评价" rating={a.byEmployer} />
      <RatingLine label="对方评价" rating={a.byWorker} />
      {a.status === 'pending' && !declining ? (
        <View className="gg-buttons">
          <Button
            className="btn btn--primary"
            loading={busy === 'accept'}
            disabled={busy !== null}
            onClick={() =>
              void write('accept', () => decideApplication({ applicationId: a.applicationId, accept: true }))
            }
          >
            接受
          </Button>
          <Button className="btn btn--ghost" disabled={busy !== null} onClick={() => setDeclining(true)}>
            婉拒
          </Button>
        </View>
      ) : null}
      {a.status === 'pending' && declining ? (
        <View className="gg-section">
          <Input
            className="field__input"
            name="reason"
            placeholder="婉拒原因（如：人已招满）"
            maxlength={R.reasonMax}
            value={reason}
            onInput={(e) => {
              setReason(e.detail.value)
              setError(null)
            }}
          />
          <View className="gg-buttons">
            <Button
              className="btn btn--primary"
              loading={busy === 'decline'}
              disabled={busy !== null}
              onClick={decline}
            >
              确认婉拒
            </Button>
            <Button className="btn btn--ghost" onClick={() => setDeclining(false)}>
              取消
            </Button>
          </View>
        </View>
      ) : null}
      {a.status === 'accepted' && started ? (
        <View className="gg-buttons">
          <Button
            className="btn btn--primary"
            loading={busy === 'done'}
            disabled={busy !== null}
            onClick={() => void write('done', () => completeApplication(a.applicationId, 'done'))}
          >
            完成
          </Button>
          <Button
            className="btn btn--ghost"
            loading={busy === 'noshow'}
            disabled={busy !== null}
            onClick={() => void write('noshow', () => completeApplication(a.applicationId, 'noshow'))}
          >
            未到岗
          </Button>
        </View>
      ) : null}
      {a.status === 'accepted' && !started ? (
        <Text className="muted fs-sm">开工后可确认完成或未到岗</Text>
      ) : null}
      {a.status === 'done' && !a.byEmployer ? (
        <RateForm applicationId={a.applicationId} title="给这位师傅打分" onDone={onChanged} />
      ) : null}
      {error ? (
        <Text className="field__error fs-sm" data-testid="applicant-error">
          {error}
        </Text>
      ) : null}
    </View>
  )
}

/** The job's employer: every applicant (masked names, card, record), accept / decline, done / no-show, rate. */
export function ApplicantsPanel({ job, onChanged }: { job: JobDetail; onChanged: () => void }) {
  const applicants = useLoad(() => fetchApplicants(job.id), `${job.id}|${job.accepted}`)
  const changed = () => {
    applicants.reload()
    onChanged()
  }
  return (
    <View className="card gg-section" data-testid="applicants">
      <Text className="fs-md gg-strong">
        报名的师傅 · 已录用 {job.accepted}/{job.headcount} 人
      </Text>
      {applicants.error ? <ErrorState message={applicants.error} onRetry={applicants.reload} /> : null}
      {!applicants.error && !applicants.loaded ? <Loading /> : null}
      {applicants.data?.length === 0 ? <EmptyState title="还没有人报名" /> : null}
      {(applicants.data ?? []).map((a) => (
        <ApplicantItem key={a.applicationId} job={job} a={a} onChanged={changed} />
      ))}
    </View>
  )
}
