import { COUNCIL_RULES } from '../../../contract/council'
import { similarInput } from '../../../contract/schemas/council'
import { defineAction } from '../../runtime/action'
import { communityOrHome, findCommunity, isOpen, summaryView, viewerOf } from './model'

/** Characters that carry no subject: a title splits at them (and at punctuation) before pairing. */
const STOP_CHARS = new Set(
  '的了是在和与及或也都很就请把被对将吗呢吧啊有没不我们你他她它这那个些能否会要想太还再又',
)
/** Pairs common to many titles that say nothing of the subject. */
const STOP_PAIRS = new Set([
  '社区',
  '小区',
  '问题',
  '希望',
  '建议',
  '能否',
  '可以',
  '一下',
  '解决',
  '居民',
  '关于',
])

/**
 * The title's character pairs of substance: Chinese has no spaces, so the title is cut into runs
 * of letters and digits at punctuation and stop characters, each run gives its adjacent pairs (a
 * one-character run gives none), and pairs that say nothing of the subject are dropped.
 */
export function bigrams(title: string): Set<string> {
  const pairs = new Set<string>()
  const runs = title.toLowerCase().split(/[^0-9a-z\u3400-\u9fff]+/)
  for (const run of runs) {
    const chars = [...run]
    let start = 0
    for (let i = 0; i <= chars.length; i += 1) {
      if (i === chars.length || STOP_CHARS.has(chars[i])) {
        for (let j = start; j + 1 < i; j += 1) pairs.add(chars[j] + chars[j + 1])
        start = i + 1
      }
    }
  }
  for (const stop of STOP_PAIRS) pairs.delete(stop)
  return pairs
}

/**
 * `council.similar` { communityId? (default: home community), title } → up to 5 open (raised,
 * pending, evaluating) questions of that community whose titles share at least one pair of
 * characters of substance with `title` (see `bigrams`), most pairs shared first, then most
 * supported, then newest — shown before raising so people support instead of duplicating.
 * Readable without a profile. Errors: INVALID_ARGUMENT (no community given and no home
 * community; title), NOT_FOUND (community).
 */
export const similar = defineAction({
  input: similarInput,
  async handler(ctx, { communityId, title }) {
    const viewer = await viewerOf(ctx)
    const id = communityOrHome(communityId, viewer.user)
    const community = await findCommunity(ctx.db, id)
    const wanted = bigrams(title)
    if (wanted.size === 0) return []
    const ranked = (await ctx.db.query('questions', { communityId: id }))
      .filter(isOpen)
      .map((q) => ({ q, shared: [...bigrams(q.title)].filter((p) => wanted.has(p)).length }))
      .filter((r) => r.shared > 0)
      .sort(
        (a, b) =>
          b.shared - a.shared ||
          b.q.supports - a.q.supports ||
          b.q.createdAt - a.q.createdAt ||
          (a.q._id < b.q._id ? -1 : 1),
      )
      .slice(0, COUNCIL_RULES.similarMax)
    const views = []
    for (const { q } of ranked) views.push(await summaryView(ctx.db, q, viewer, community.name))
    return views
  },
})
