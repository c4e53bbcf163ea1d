import '@/lib/cloud-property'
import { useEffect, useMemo, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { Monthly } from '@/contract/property'
import { fetchCompanies, fetchHistory } from '@/features/property/api'
import { HistoryChart } from '@/features/property/components/history-chart'
import { MonthDetail, ReplyForm } from '@/features/property/components/month-detail'
import { GradeTag } from '@/features/property/components/parts'
import { lastEndedMonth, monthName, unscored } from '@/features/property/month'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { openPage } from '@/lib/navigation'
import { usePropertyViewer } from '../use-viewer'

export default function CompanyPage() {
  const { id = '', month: asked } = useRouter().params
  const viewer = usePropertyViewer()
  const companies = useLoad(fetchCompanies, 'companies')
  const history = useLoad(() => fetchHistory(id), id, Boolean(id))
  const company = companies.data?.find((c) => c.id === id)
  const months = useMemo(() => history.data ?? [], [history.data])
  const [selected, setSelected] = useState<string | undefined>(asked)
  useEffect(() => {
    if (months.length > 0 && !months.some((m) => m.month === selected))
      setSelected(months[months.length - 1].month)
  }, [months, selected])
  const shown = months.find((m) => m.month === selected)
  const own = viewer.property?.companyId === id
  const replaced = (next: Monthly) => history.setData(months.map((m) => (m.month === next.month ? next : m)))
  return (
    <PageShell>
      {history.error ? <ErrorState message={history.error} onRetry={history.reload} /> : null}
      {!history.error && !history.data ? <Loading /> : null}
      {history.data ? (
        <>
          <View className="card pm-section">
            <Text className="fs-lg pm-strong" data-testid="company-name">
              {company?.name ?? months[0]?.company ?? ''}
            </Text>
            {company?.estates.map((e) => (
              <View
                key={e.id}
                className="pm-row"
                onClick={() =>
                  openPage(`/packages/property/accounts/index?estateId=${e.id}&month=${lastEndedMonth()}`)
                }
              >
                <Text className="fs-md">服务小区：{e.name}</Text>
                <Text className="muted fs-sm">收支公开 ›</Text>
              </View>
            ))}
          </View>
          {months.length === 0 ? (
            <EmptyState title="还没有结束的评价月份" />
          ) : (
            <View className="card pm-section">
              <Text className="fs-md pm-strong">近 {months.length} 个月得分</Text>
              <HistoryChart months={months} selected={selected} onSelect={setSelected} />
              <View data-testid="month-rows">
                {[...months].reverse().map((m) => (
                  <View
                    key={m.month}
                    className="pm-row"
                    data-testid="month-row"
                    data-month={m.month}
                    onClick={() => setSelected(m.month)}
                  >
                    <Text className={`fs-md ${m.month === selected ? 'pm-strong' : ''}`}>
                      {monthName(m.month)} ·{' '}
                      {unscored(m) ? '无人评分' : `${m.score.toFixed(1)} 分 · ${m.scorers} 人`}
                    </Text>
                    <GradeTag grade={m.grade} />
                  </View>
                ))}
              </View>
            </View>
          )}
          {shown ? <MonthDetail m={shown} /> : null}
          {shown && own ? <ReplyForm key={shown.month} m={shown} onDone={replaced} /> : null}
        </>
      ) : null}
    </PageShell>
  )
}
