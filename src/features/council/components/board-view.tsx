import { Text, View } from '@tarojs/components'
import type { CouncilBoard } from '@/contract/council'
import { openPage } from '@/lib/navigation'
import { supportCaption } from './parts'
import './council.scss'

const pct = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`

/** 议事看板: the counts, each rate with the counts behind it (暂无 when nothing to divide by), 每月一题. */
export function BoardView({ board }: { board: CouncilBoard }) {
  const { counts, resolution, satisfaction: s, topOfMonth: top } = board
  const rated = s.satisfied + s.basic + s.unsatisfied
  const cells: [string, number][] = [
    ['征集附议', counts.raised],
    ['待答复', counts.pending],
    ['研究中', counts.evaluating],
    ['落实中', counts.accepted],
    ['已落实', counts.done],
    ['不予采纳', counts.rejected],
  ]
  return (
    <>
      <View className="card board__grid" data-testid="board-counts">
        {cells.map(([label, n]) => (
          <View key={label} className="board__cell">
            <Text className="fs-xl board__num">{n}</Text>
            <Text className="muted fs-sm">{label}</Text>
          </View>
        ))}
      </View>
      <View className="card">
        <View className="board__rate" data-testid="resolution">
          <Text className="fs-md question__strong">落实率</Text>
          <Text className="fs-md">
            {resolution.accepted > 0
              ? `已落实 ${resolution.done} / 已采纳 ${resolution.accepted} · ${pct(resolution.done, resolution.accepted)}`
              : '暂无（还没有采纳的问题）'}
          </Text>
        </View>
        <View className="board__rate" data-testid="satisfaction">
          <Text className="fs-md question__strong">满意率</Text>
          <Text className="fs-md">
            {rated > 0
              ? `满意 ${s.satisfied} + 基本满意 ${s.basic} / 评价 ${rated} · ${pct(s.satisfied + s.basic, rated)}`
              : '暂无（还没有评价）'}
          </Text>
          {rated > 0 ? <Text className="muted fs-sm">不满意 {s.unsatisfied}</Text> : null}
        </View>
      </View>
      <Text className="section-title fs-lg">每月一题</Text>
      {top ? (
        <View
          className="card council-card"
          data-testid="top-of-month"
          onClick={() => openPage(`/packages/council/question/index?id=${top.id}`)}
        >
          <Text className="muted fs-sm">
            {top.month} · 本月新增附议 {top.monthSupports} 人 · {top.community}
          </Text>
          <Text className="fs-md council-card__title">{top.title}</Text>
          <Text className="muted fs-sm">{supportCaption(top.supports, top.threshold)} ›</Text>
        </View>
      ) : (
        <View className="card">
          <Text className="muted fs-md">本月还没有新的附议</Text>
        </View>
      )}
    </>
  )
}
