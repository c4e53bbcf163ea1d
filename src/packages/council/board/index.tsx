import '@/lib/cloud-council'
import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import { BoardView } from '@/features/council/components/board-view'
import { useBoard } from '@/features/council/use-board'
import { useCouncilViewer } from '../use-viewer'
import { PageShell } from '@/features/session/components/page-shell'
import { openTab } from '@/lib/navigation'

export default function BoardPage() {
  const asked = useRouter().params.communityId
  const viewer = useCouncilViewer()
  const communityId =
    asked ?? viewer.homeCommunityId ?? viewer.staff?.communityId ?? viewer.adviser?.communityId
  const [scope, setScope] = useState<'community' | 'street'>('community')
  const [streetId, setStreetId] = useState<string | undefined>(undefined)
  // someone with no community of their own (and none asked) has no board to look at yet
  const noCommunity = viewer.ready && !communityId
  const { board, error, load } = useBoard(
    scope === 'street' && streetId ? { streetId } : { communityId },
    viewer.ready && !noCommunity,
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
      {noCommunity ? (
        <View className="card question__section" data-testid="no-community">
          <Text className="fs-md">设置所在社区后，就能看到本社区和本街道的议事看板。</Text>
          <Button className="btn btn--primary" onClick={() => openTab('/pages/mine/index')}>
            去「我的」设置所在社区
          </Button>
        </View>
      ) : null}
      {error ? <ErrorState message={error} onRetry={load} /> : null}
      {!noCommunity && !error && !board ? <Loading /> : null}
      {board ? <BoardView board={board} /> : null}
    </PageShell>
  )
}
