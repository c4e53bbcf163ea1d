import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { Chip } from '@/components/filter-chips'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { GIG_TRADES, type JobSort, type JobSummary, type TradeId } from '@/contract/gigs'
import { demoNow } from '@/lib/demo'
import { openPage } from '@/lib/navigation'
import { chinaTime } from '@/lib/time'
import { usePaged } from '@/lib/use-paged'
import { fetchJobs } from '../api'
import { hoursText } from '../format'
import { PayLine } from './parts'
import './gigs.scss'

export function JobCard({ job }: { job: JobSummary }) {
  return (
    <View
      className="card gg-card"
      data-testid="job-card"
      data-job={job.id}
      onClick={() => openPage(`/packages/gigs/job/index?id=${job.id}`)}
    >
      <View className="gg-card__head">
        <Text className="tag">{job.tradeName}</Text>
        <Text className="fs-md gg-strong gg-card__title">{job.title}</Text>
      </View>
      <Text className="muted fs-sm">
        {job.community}
        {job.distanceKm !== undefined ? (
          <Text data-testid="distance"> · {job.distanceKm.toFixed(1)} 公里</Text>
        ) : null}
      </Text>
      <Text className="fs-sm">{hoursText(job.startAt, job.endAt)}</Text>
      <View className="gg-card__foot">
        <PayLine pay={job.pay} belowGuide={job.belowGuide} />
        <Text className="muted fs-sm" data-testid="headcount">
          已录用 {job.accepted}/{job.headcount} 人
        </Text>
      </View>
    </View>
  )
}

/**
 * Recruiting jobs: trade chips, a day, and 离我最近 / 开工时间 (distance only with a home
 * community: the cloud measures from it).
 */
export function JobList({ hasHome }: { hasHome: boolean }) {
  const [trade, setTrade] = useState<TradeId | undefined>(undefined)
  const [date, setDate] = useState<string | undefined>(undefined)
  const [sort, setSort] = useState<JobSort>(hasHome ? 'distance' : 'start')
  const list = usePaged(
    (cursor) => fetchJobs({ trade, date, sort: hasHome ? sort : 'start', cursor, limit: 10 }),
    [trade, date, sort, hasHome],
  )
  const today = chinaTime(demoNow()).format('YYYY-MM-DD')
  return (
    <View data-testid="job-list">
      <View className="card gg-section">
        <View className="gg-chips" data-testid="trade-chips">
          <Chip on={trade === undefined} onClick={() => setTrade(undefined)}>
            全部
          </Chip>
          {GIG_TRADES.map((t) => (
            <Chip key={t.id} on={trade === t.id} onClick={() => setTrade(t.id)}>
              {t.name}
            </Chip>
          ))}
        </View>
        <View className="gg-chips">
          <Picker mode="date" value={date ?? today} start={today} onChange={(e) => setDate(e.detail.value)}>
            <Text className={`chip fs-sm gg-chip ${date ? 'chip--on' : ''}`} data-testid="date-filter">
              {date
                ? `${chinaTime(Date.parse(`${date}T00:00:00+08:00`)).format('M月D日')}开工`
                : '开工日期 ▾'}
            </Text>
          </Picker>
          {date ? (
            <Chip on={false} onClick={() => setDate(undefined)}>
              不限日期
            </Chip>
          ) : null}
        </View>
        {hasHome ? (
          <View className="gg-chips" data-testid="sort-chips">
            <Chip on={sort === 'distance'} onClick={() => setSort('distance')}>
              离我最近
            </Chip>
            <Chip on={sort === 'start'} onClick={() => setSort('start')}>
              开工时间
            </Chip>
          </View>
        ) : (
          <Text className="muted fs-sm">在「我的」填写所在社区后，可按离你最近排序。</Text>
        )}
      </View>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState message={list.error ?? ''} onRetry={list.refresh} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title="暂时没有招募中的零工" hint="换个工种或日期看看" />
      ) : null}
      {list.items.map((job) => (
        <JobCard key={job.id} job={job} />
      ))}
      {list.status === 'ready' ? (
        <ListFooter list={list} end={list.items.length > 0 ? '没有更多了' : undefined} />
      ) : null}
    </View>
  )
}
