import '@/lib/cloud-council'
import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ErrorState, Loading } from '@/components/state-view'
import { BoardView } from '@/features/council/components/board-view'
import { useBoard } from '@/features/council/use-board'
import { useCouncilViewer } from '../use-viewer'
import { PageShell } from '@/features/session/components/page-shell'

export default function BoardPage() {
  const asked = useRouter().params.communityId
  const viewer = useCouncilViewer()
  const communityId =
    asked ?? viewer.homeCommunityId ?? viewer.staff?.communityId ?? viewer.adviser?.communityId
  const [scope, setScope] = useState<'community' | 'street'>('community')
  const [streetId, setStreetId] = useState<string | undefined>(undefined)
  const { board, error, load } = useBoard(
    scope === 'street' && streetId ? { streetId } : { communityId },
    viewer.ready,
  )
  useEffect(() => {
    if (board?.streetId) setStreetId(board.streetId)
  }, [board?.streetId])
  return (
    <PageShell>
      <View className="card">
        <View className="council-seg" role="tablist">
          {(
            [
              ['community', '本社区'],
              ['street', '全街道'],
            ] as const
          ).map(([value, label]) => (
            <Text
              key={value}
              className={`council-seg__item fs-md ${scope === value ? 'council-seg__item--on' : ''} ${
                value === 'street' && !streetId ? 'btn--disabled' : ''
              }`}
              data-scope={value}
              aria-selected={scope === value}
              onClick={() => (value === 'community' || streetId ? setScope(value) : undefined)}
            >
              {label}
            </Text>
          ))}
        </View>
        {board ? (
          <Text className="muted fs-sm">
            {scope === 'street' ? (board.street ?? '本街道') : (board.community ?? '本社区')} ·
            全部数字为问题个数
          </Text>
        ) : null}
      </View>
      {error ? <ErrorState message={error} onRetry={load} /> : null}
      {!error && !board ? <Loading /> : null}
      {board ? <BoardView board={board} /> : null}
    </PageShell>
  )
}
