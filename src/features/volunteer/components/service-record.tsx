import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { YearTotal } from '@/contract/volunteer'
import { openPage } from '@/lib/navigation'
import { usePaged } from '@/lib/use-paged'
import { fetchMine } from '../api'
import { SIGNUP_LABEL, hours } from '../format'
import { ActivityCard } from './activity-card'
import './certificate.scss'
import './pages.scss'

/** 我的志愿服务: total hours and points, then every activity signed up for. */
export function ServiceRecord() {
  const [totals, setTotals] = useState<{ minutes: number; points: number; byYear: YearTotal[] } | null>(null)
  const list = usePaged(async (cursor) => {
    const page = await fetchMine(cursor)
    setTotals({ minutes: page.totalMinutes, points: page.totalPoints, byYear: page.byYear })
    return page
  })
  if (list.status === 'loading') return <Loading />
  if (list.status === 'error') return <ErrorState message={list.error ?? ''} onRetry={list.refresh} />
  return (
    <View>
      <View className="card service-totals">
        <View className="service-totals__item">
          <Text className="fs-xl" data-testid="total-hours">
            {hours(totals?.minutes ?? 0)}
          </Text>
          <Text className="muted fs-sm">累计服务时长</Text>
        </View>
        <View className="service-totals__item">
          <Text className="fs-xl">{totals?.points ?? 0}</Text>
          <Text className="muted fs-sm">志愿服务积分</Text>
        </View>
      </View>
      {totals && totals.byYear.length > 0 ? (
        <View className="card year-totals" data-testid="year-totals">
          <Text className="fs-lg">按年度</Text>
          {totals.byYear.map((y) => (
            <View key={y.year} className="year-totals__row">
              <Text className="fs-md">{y.year} 年</Text>
              <Text className="fs-md">
                {y.activities} 次 · {hours(y.minutes)} · {y.points} 积分
              </Text>
            </View>
          ))}
          <Button
            className="btn btn--primary"
            onClick={() => openPage('/packages/volunteer/certificate/index')}
          >
            开具志愿服务证明
          </Button>
        </View>
      ) : null}
      {list.items.length === 0 ? (
        <EmptyState title="还没有参加过志愿活动" hint="在「志愿」页挑一个活动报名吧" />
      ) : null}
      {list.items.map(({ activity, signup }) => (
        <View key={activity.id}>
          <ActivityCard item={activity} />
          <Text className="service-status muted fs-sm">
            {SIGNUP_LABEL[signup.status]}
            {signup.minutes !== undefined
              ? ` · 服务 ${hours(signup.minutes)} · ${signup.pointsAwarded ?? 0} 积分`
              : ''}
          </Text>
        </View>
      ))}
      <ListFooter list={list} more="查看更多" />
    </View>
  )
}
