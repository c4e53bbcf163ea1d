import { Image, Text, View } from '@tarojs/components'
import { PLAN_STAGE_NAMES, RATING_NAMES, type AnswerStatus, type Question } from '@/contract/council'
import { openPage } from '@/lib/navigation'
import { previewPhotos } from '@/lib/media'
import { formatDate, formatDateTime } from '@/lib/time'
import { Bar, QuestionTag, supportCaption } from './parts'

export const ANSWER_NAMES: Record<AnswerStatus, string> = {
  evaluating: '研究中',
  accepted: '采纳',
  rejected: '不予采纳',
}

function Photos({ urls }: { urls: string[] }) {
  if (urls.length === 0) return null
  return (
    <View className="council-photos">
      {urls.map((src, i) => (
        <Image
          key={i}
          className="council-photos__item"
          src={src}
          mode="aspectFill"
          onClick={() => previewPhotos(urls, src)}
        />
      ))}
    </View>
  )
}

/** Everything public about a question: the ask, its support, 献策, the answer, the 落实 plan and ratings. */
export function QuestionDetail({ question: q, staff }: { question: Question; staff: boolean }) {
  const rated = q.ratings.satisfied + q.ratings.basic + q.ratings.unsatisfied
  return (
    <>
      <View className="card question">
        <View className="question__row">
          <QuestionTag status={q.status} />
          <Text className="muted fs-sm">
            {q.community} · {q.categoryName}
          </Text>
        </View>
        <Text className="fs-lg question__title">{q.title}</Text>
        <Text className="muted fs-sm">
          {q.author ? q.author.name : q.authorMasked} · {formatDateTime(q.createdAt)}
        </Text>
        <Text className="fs-md question__desc">{q.description}</Text>
        <Photos urls={q.photos} />
        <Bar value={q.supports} max={q.threshold} caption={supportCaption(q.supports, q.threshold)} />
        {q.ticketNo ? (
          <Text
            className="muted fs-sm"
            data-testid="ticket-link"
            onClick={staff ? () => openPage(`/packages/grid/handle/index?no=${q.ticketNo}`) : undefined}
          >
            来自网格工单 {q.ticketNo}
            {staff ? ' ›' : ''}
          </Text>
        ) : null}
      </View>

      <Text className="section-title fs-lg">议事员献策（{q.proposals.length}）</Text>
      <View className="card question__section" data-testid="proposals">
        {q.proposals.length === 0 ? <Text className="muted fs-md">暂无议事员献策</Text> : null}
        {q.proposals.map((p) => (
          <View key={p.id} className="question__item">
            <Text className="fs-md question__strong">{p.title}</Text>
            <Text className="fs-md question__desc">{p.text}</Text>
            <Text className="muted fs-sm">{formatDate(p.at)}</Text>
          </View>
        ))}
      </View>

      {q.answer ? (
        <>
          <Text className="section-title fs-lg">社区答复</Text>
          <View className="card question__section" data-testid="answer">
            <Text className="fs-md question__strong">{ANSWER_NAMES[q.answer.status]}</Text>
            {q.answer.reason ? (
              <Text className="fs-md question__desc">
                {q.answer.status === 'rejected' ? '理由：' : ''}
                {q.answer.reason}
              </Text>
            ) : null}
            <Text className="muted fs-sm">{formatDateTime(q.answer.at)}</Text>
          </View>
        </>
      ) : null}

      {q.plan ? (
        <>
          <Text className="section-title fs-lg">落实进度</Text>
          <View className="card question__section" data-testid="plan">
            <Bar
              value={q.plan.progress}
              max={100}
              tone="blue"
              caption={`${PLAN_STAGE_NAMES[q.plan.stage]} · ${q.plan.progress}%`}
            />
            {q.plan.milestones.length === 0 ? <Text className="muted fs-md">还没有进展记录</Text> : null}
            {q.plan.milestones.map((m, i) => (
              <View key={`${m.at}-${i}`} className="question__item">
                <Text className="muted fs-sm">{formatDateTime(m.at)}</Text>
                <Text className="fs-md question__desc">{m.note}</Text>
                {m.photo ? <Photos urls={[m.photo]} /> : null}
              </View>
            ))}
          </View>
        </>
      ) : null}

      {rated > 0 || q.status === 'done' || q.status === 'reopened' ? (
        <>
          <Text className="section-title fs-lg">居民评价</Text>
          <View className="card question__section" data-testid="ratings">
            <Text className="fs-md">
              满意 {q.ratings.satisfied} · 基本满意 {q.ratings.basic} · 不满意 {q.ratings.unsatisfied}
            </Text>
            {q.raters ? (
              <Text className="muted fs-sm">
                可评价的居民 {q.raters} 人，已评 {rated} 人
              </Text>
            ) : null}
            {q.status === 'reopened' ? (
              <Text className="fs-sm question__reason">过半居民不满意，已重新落实</Text>
            ) : null}
            {q.myRating ? <Text className="muted fs-sm">你的评价：{RATING_NAMES[q.myRating]}</Text> : null}
          </View>
        </>
      ) : null}
    </>
  )
}
