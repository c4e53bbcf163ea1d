import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { OPEN_STATUSES, RATING_NAMES, type CouncilRating, type Question } from '@/contract/council'
import { confirmDialog, showToast } from '@/lib/toast'
import { rateQuestion, supportQuestion, withdrawQuestion } from '../api'
import { useRun } from '../use-run'

export interface Viewer {
  /** The caller has a real-name profile. */
  profile: boolean
  homeCommunityId?: string
}

/** Why the caller cannot support now, or null when they can. */
export function supportBlock(q: Question, viewer: Viewer): string | null {
  if (q.mySupport) return q.status === 'raised' ? null : '已达到附议人数，不能再取消附议'
  if (!viewer.profile) return '附议需要实名，请先在「我的」完善实名信息'
  if (viewer.homeCommunityId !== q.communityId) return `只有${q.community}的居民可以附议`
  if (!OPEN_STATUSES.includes(q.status)) return '这个问题已不再征集附议'
  return null
}

const RATINGS: CouncilRating[] = ['satisfied', 'basic', 'unsatisfied']

/** 附议 / 取消附议, the author's 撤回, and rating a completed question. */
export function ResidentActions({
  question: q,
  viewer,
  onChange,
}: {
  question: Question
  viewer: Viewer
  onChange: (q: Question) => void
}) {
  const { busy, error, run } = useRun(onChange)
  const blocked = supportBlock(q, viewer)
  const canWithdraw = q.own && (q.status === 'raised' || q.status === 'pending')
  const supportShown = !q.own && (q.mySupport || OPEN_STATUSES.includes(q.status))
  if (!q.own && !supportShown && !q.canRate) return null
  return (
    <View className="card question__section" data-testid="resident-actions">
      {q.own ? (
        <Text className="muted fs-sm">
          这是你提出的问题{q.supports > 0 ? `，已有 ${q.supports} 位邻居附议` : ''}
        </Text>
      ) : null}
      {supportShown ? (
        <>
          <Button
            className={`btn ${q.mySupport ? 'btn--ghost' : 'btn--primary'}`}
            disabled={blocked !== null}
            loading={busy === 'support'}
            onClick={() =>
              void run('support', () => supportQuestion(q.id, !q.mySupport)).then(
                (ok) => ok && showToast(q.mySupport ? '已取消附议' : '附议成功', 'success'),
              )
            }
          >
            {q.mySupport ? '取消附议' : '附议'}
          </Button>
          {blocked ? <Text className="muted fs-sm">{blocked}</Text> : null}
        </>
      ) : null}
      {q.canRate ? (
        <>
          <Text className="fs-md question__strong">落实结果你满意吗？</Text>
          <View className="question__buttons">
            {RATINGS.map((r) => (
              <Button
                key={r}
                className={`btn btn--small ${r === 'unsatisfied' ? 'btn--ghost' : 'btn--primary'}`}
                loading={busy === r}
                disabled={busy !== null}
                onClick={() => void run(r, () => rateQuestion(q.id, r))}
              >
                {RATING_NAMES[r]}
              </Button>
            ))}
          </View>
        </>
      ) : null}
      {canWithdraw ? (
        <Button
          className="btn btn--ghost"
          loading={busy === 'withdraw'}
          disabled={busy !== null}
          onClick={async () => {
            if (!(await confirmDialog('撤回问题', '撤回后邻居将不能再附议，确定撤回吗？', '撤回'))) return
            await run('withdraw', () => withdrawQuestion(q.id))
          }}
        >
          撤回问题
        </Button>
      ) : null}
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
    </View>
  )
}
