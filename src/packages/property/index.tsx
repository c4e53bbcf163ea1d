import '@/lib/cloud-property'
import { useEffect, useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ErrorState, Loading } from '@/components/state-view'
import { Chip } from '@/components/filter-chips'
import { fetchBoard, fetchEstates } from '@/features/property/api'
import { BoardView, ScoreExplanation } from '@/features/property/components/board-view'
import { MyEstate, StaffLinks } from '@/features/property/components/my-estate'
import { MonthSwitch } from '@/features/property/components/parts'
import { addMonths, lastEndedMonth } from '@/features/property/month'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { openTab } from '@/lib/navigation'
import { usePropertyViewer } from './use-viewer'

export default function PropertyBoardPage() {
  const viewer = usePropertyViewer()
  const estates = useLoad(fetchEstates, 'estates')
  const streets = useMemo(() => {
    const seen = new Map<string, string>()
    for (const e of estates.data ?? []) if (!seen.has(e.streetId)) seen.set(e.streetId, e.street)
    return [...seen.entries()]
  }, [estates.data])
  const mine = estates.data?.find((e) => e.id === viewer.estateId)
  const staffStreet = estates.data?.find((e) => e.communityId === viewer.staff?.communityId)?.streetId
  const [streetId, setStreetId] = useState<string | undefined>(undefined)
  const street = streetId ?? mine?.streetId ?? staffStreet ?? streets[0]?.[0]
  const last = lastEndedMonth()
  const [month, setMonth] = useState(last)
  const board = useLoad(() => fetchBoard(month, street), `${month}|${street}`, Boolean(street))
  useEffect(() => setMonth((m) => (m > last ? last : m)), [last])
  const staffEstates = (estates.data ?? []).filter((e) => e.communityId === viewer.staff?.communityId)
  return (
    <PageShell>
      <View className="card pm-section">
        <Text className="fs-lg pm-strong">物业服务 · 每月红黑榜</Text>
        <Text className="muted fs-sm">
          居民每月为自己小区的物业评分，加上社区记录和网格工单，得出每家物业企业的信用等级。
        </Text>
        {streets.length > 1 ? (
          <View className="pm-chips" data-testid="street-switch">
            {streets.map(([id, name]) => (
              <Chip key={id} on={id === street} onClick={() => setStreetId(id)}>
                {name}
              </Chip>
            ))}
          </View>
        ) : null}
        <MonthSwitch
          month={month}
          max={last}
          prev={addMonths(month, -1)}
          next={addMonths(month, 1)}
          onChange={setMonth}
        />
      </View>
      {estates.error ? <ErrorState message={estates.error} onRetry={estates.reload} /> : null}
      {estates.data && viewer.ready ? (
        <MyEstate
          estates={estates.data}
          estateId={viewer.estateId}
          profile={viewer.profile}
          onProfile={() => openTab('/pages/mine/index')}
          onSaved={viewer.apply}
        />
      ) : null}
      {viewer.staff && staffEstates.length > 0 ? <StaffLinks estates={staffEstates} month={last} /> : null}
      {board.error ? <ErrorState message={board.error} onRetry={board.reload} /> : null}
      {!board.error && !board.data ? <Loading /> : null}
      {board.data ? <BoardView board={board.data} /> : null}
      <ScoreExplanation />
    </PageShell>
  )
}
