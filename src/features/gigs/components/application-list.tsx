import { Text, View } from '@tarojs/components'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { Application, Job } from '@/contract/gigs'
import { openPage } from '@/lib/navigation'
import { usePaged } from '@/lib/use-paged'
import { fetchMine, fetchMyJobs } from '../api'
import { hoursText, payText } from '../format'
import { ApplicationTag, JobStatusTag } from './parts'
import './gigs.scss'

function ApplicationCard({ a }: { a: Application }) {
  return (
    <View
      className="card gg-card"
      data-testid="application-card"
      data-application={a.id}
      onClick={() => openPage(`/packages/gigs/job/index?id=${a.jobId}`)}
    >
      <View className="gg-row">
        <Text className="fs-md gg-strong gg-card__title">{a.title}</Text>
        <ApplicationTag status={a.status} />
      </View>
      <Text className="muted fs-sm">{a.community}</Text>
      <Text className="fs-sm">{hoursText(a.startAt, a.endAt)}</Text>
      {a.reason ? <Text className="muted fs-sm">原因：{a.reason}</Text> : null}
      {a.points ? <Text className="fs-sm gg-strong">获得 {a.points} 积分</Text> : null}
    </View>
  )
}

/** 我的报名: newest first, paged. */
export function MyApplications() {
  const list = usePaged((cursor) => fetchMine(cursor))
  return (
    <View data-testid="my-applications">
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState message={list.error ?? ''} onRetry={list.refresh} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title="还没有报名过零工" hint="去零工驿站看看附近的活儿" />
      ) : null}
      {list.items.map((a) => (
        <ApplicationCard key={a.id} a={a} />
      ))}
      {list.status === 'ready' ? <ListFooter list={list} /> : null}
    </View>
  )
}

function PostCard({ job }: { job: Job }) {
  return (
    <View
      className="card gg-card"
      data-testid="post-card"
      data-job={job.id}
      onClick={() => openPage(`/packages/gigs/job/index?id=${job.id}`)}
    >
      <View className="gg-row">
        <Text className="fs-md gg-strong gg-card__title">{job.title}</Text>
        <JobStatusTag status={job.status} />
      </View>
      <Text className="fs-sm">{hoursText(job.startAt, job.endAt)}</Text>
      <Text className="muted fs-sm">
        {payText(job.pay)} · 已录用 {job.accepted}/{job.headcount} 人
      </Text>
      {job.review && !job.review.approve ? (
        <Text className="field__error fs-sm">未通过：{job.review.reason}</Text>
      ) : null}
    </View>
  )
}

/** The employer's posts, newest first, every status. */
export function MyPosts() {
  const list = usePaged((cursor) => fetchMyJobs(cursor))
  return (
    <View data-testid="my-posts">
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState message={list.error ?? ''} onRetry={list.refresh} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? <EmptyState title="还没有发布过招工" /> : null}
      {list.items.map((job) => (
        <PostCard key={job.id} job={job} />
      ))}
      {list.status === 'ready' ? <ListFooter list={list} /> : null}
    </View>
  )
}
