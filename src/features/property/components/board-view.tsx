import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/state-view'
import { PROPERTY_RULES as R, type Monthly, type PropertyBoard } from '@/contract/property'
import { openPage } from '@/lib/navigation'
import { GradeTag } from './parts'
import './property.scss'

const companyUrl = (m: Monthly) => `/packages/property/company/index?id=${m.companyId}&month=${m.month}`

/** One company's month on the board: score, grade, scorers and what the records did; tap → its page. */
export function MonthlyCard({ m, tone }: { m: Monthly; tone?: 'red' | 'black' }) {
  const extras = [
    m.good > 0 ? `加分 +${m.good}` : '',
    m.bad > 0 ? `扣分 −${m.bad}` : '',
    m.lateTickets > 0 ? `逾期工单 ${m.lateTickets} 件 −${m.lateTickets * R.latePenalty}` : '',
  ].filter(Boolean)
  return (
    <View
      className={`card pm-card ${tone ? `pm-card--${tone}` : ''}`}
      data-testid="company-card"
      data-company={m.companyId}
      onClick={() => openPage(companyUrl(m))}
    >
      <View className="pm-card__head">
        <Text className="fs-md pm-strong pm-card__name">{m.company}</Text>
        <GradeTag grade={m.grade} />
      </View>
      <View className="pm-card__meta">
        <Text className="fs-xl pm-score">{m.score.toFixed(1)}</Text>
        <Text className="muted fs-sm">
          {m.scorers} 人评分{extras.length > 0 ? ` · ${extras.join(' · ')}` : ''} ›
        </Text>
      </View>
    </View>
  )
}

/** How a score is made, in plain words (every number on the company page shows its part). */
export function ScoreExplanation() {
  return (
    <View className="card pm-explain" data-testid="explanation">
      <Text className="fs-md pm-strong">分数怎么算</Text>
      <Text className="muted fs-sm">
        居民每月给物业的保洁、秩序维护、维修响应、绿化、收支公开五项打 1–5
        分。为防止少数人左右结果，每项平均分都按全区同月平均分「拉平」：相当于另有
        {R.m} 位居民按全区平均打分，评分的人越多越接近本企业的真实平均。五项平均后换算为 0–100 分（1 分为 0，5
        分为 100），加上社区记录的加分、减去扣分，物业服务类网格工单每逾期一件再扣 {R.latePenalty}{' '}
        分。评分不足 {R.minScorers} 人显示「样本不足」，不评等级。85 分以上为 AAA（红榜）；低于 60
        分且有扣分或逾期为 C（黑榜）。
      </Text>
    </View>
  )
}

/** 红榜, 黑榜, then every company of the street with its grade or 样本不足. */
export function BoardView({ board }: { board: PropertyBoard }) {
  if (board.all.length === 0) return <EmptyState title="这个月还没有物业企业参与评价" />
  return (
    <>
      <Text className="section-title fs-lg">红榜 · AAA</Text>
      <View data-testid="red-list">
        {board.red.length > 0 ? (
          board.red.map((m) => <MonthlyCard key={m.companyId} m={m} tone="red" />)
        ) : (
          <View className="card">
            <Text className="muted fs-md">本月没有企业达到 AAA</Text>
          </View>
        )}
      </View>
      <Text className="section-title fs-lg">黑榜 · C</Text>
      <View data-testid="black-list">
        {board.black.length > 0 ? (
          board.black.map((m) => <MonthlyCard key={m.companyId} m={m} tone="black" />)
        ) : (
          <View className="card">
            <Text className="muted fs-md">本月没有企业列入黑榜</Text>
          </View>
        )}
      </View>
      <Text className="section-title fs-lg">全部企业（按得分）</Text>
      <View data-testid="all-list">
        {board.all.map((m) => (
          <MonthlyCard key={m.companyId} m={m} />
        ))}
      </View>
    </>
  )
}
