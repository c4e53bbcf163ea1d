import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { Question } from '@/contract/council'
import { call, CloudCallError } from '@/lib/cloud'
import { showToast } from '@/lib/toast'
import './council.scss'

/** How many demo neighbours there are: `demo-neighbour-1` … `-20` (a plain number, so a build without
 * 演示工具 keeps nothing of this module). */
export const DEMO_NEIGHBOURS = 20

const DIGITS = '一二三四五六七八九'

/** 邻居一号 … 邻居二十号 (names take no digits). */
export function neighbourName(n: number): string {
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const number = (tens === 0 ? '' : `${tens > 1 ? DIGITS[tens - 1] : ''}十`) + (ones ? DIGITS[ones - 1] : '')
  return `邻居${number}号`
}

/** A made-up mobile number per neighbour: 139 0000 00nn. */
export const neighbourPhone = (n: number) => `1390000${String(n).padStart(4, '0')}`

/**
 * Gives demo neighbour `openid` a real-name profile in the question's community when they have none (or
 * live elsewhere), then supports the question as them. Returns the question after the support, or null
 * when this neighbour already supports it.
 */
async function supportAs(openid: string, n: number, q: Question): Promise<Question | null> {
  const { profile } = await call('user', 'login', {}, { as: openid })
  if (!profile || profile.communityId !== q.communityId)
    await call(
      'user',
      'updateProfile',
      profile
        ? { communityId: q.communityId }
        : { name: neighbourName(n), phone: neighbourPhone(n), communityId: q.communityId },
      { as: openid },
    )
  try {
    return await call('council', 'support', { questionId: q.id }, { as: openid, expected: ['CONFLICT'] })
  } catch (err) {
    if (err instanceof CloudCallError && err.code === 'CONFLICT') return null
    throw err
  }
}

/**
 * 演示：请邻居附议 — one tap makes demo neighbours support a question still collecting support until it
 * reaches its threshold, so one phone can walk the whole 居民议事 journey. Pages show it only when
 * `DEMO_TOOLS` (a `TARO_APP_DEMO=0` build leaves it out).
 */
export function DemoSupporters({
  question: q,
  onChange,
}: {
  question: Question
  onChange: (q: Question) => void
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (q.status !== 'raised') return null
  const missing = Math.max(0, q.threshold - q.supports)

  const gather = async () => {
    setBusy(true)
    setError(null)
    let current = q
    try {
      for (let n = 1; n <= DEMO_NEIGHBOURS; n += 1) {
        if (current.status !== 'raised' || current.supports >= current.threshold) break
        const after = await supportAs(`demo-neighbour-${n}`, n, current)
        if (after) {
          current = { ...current, supports: after.supports, status: after.status }
          onChange(current)
        }
      }
      // the page's own view (own, mySupport, …) comes from the caller's detail
      const mine = await call('council', 'detail', { questionId: q.id })
      onChange(mine)
      if (mine.status === 'raised') setError(`演示邻居不够，还差 ${mine.threshold - mine.supports} 人`)
      else showToast('已达到附议人数，问题转为待答复', 'success')
    } catch (err) {
      setError(err instanceof CloudCallError ? err.message : '演示邻居附议失败')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="card question__section council-demo" data-testid="demo-supporters">
      <View className="question__row">
        <Text className="fs-md question__strong">演示：请邻居附议</Text>
        <Text className="tag council-demo__tag fs-sm">演示</Text>
      </View>
      <Text className="muted fs-sm">
        还差 {missing} 人达到附议人数。演示邻居会补齐实名信息（{q.community}）并依次附议。
      </Text>
      <Button className="btn btn--ghost" loading={busy} disabled={busy} onClick={() => void gather()}>
        请邻居附议
      </Button>
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
    </View>
  )
}
