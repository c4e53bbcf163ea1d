import '@/lib/cloud-grid'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import { ReportForm } from '@/features/grid/components/report-form'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { openTab, replacePage } from '@/lib/navigation'

export default function GridReportPage() {
  const status = useSession((s) => s.status)
  const profile = useSession((s) => s.view?.profile)
  const error = useSession((s) => s.error)
  const load = useSession((s) => s.load)
  return (
    <PageShell>
      {status === 'loading' || status === 'idle' ? <Loading /> : null}
      {status === 'error' ? <ErrorState message={error ?? ''} onRetry={load} /> : null}
      {status === 'ready' && !profile ? (
        <View className="card">
          <Text className="fs-md">
            反映问题需要实名信息（姓名和手机号），方便网格员联系核实；你仍可以选择匿名，工作人员将看不到你的身份。
          </Text>
          <Button
            className="btn btn--primary"
            style={{ marginTop: '12px' }}
            onClick={() => openTab('/pages/mine/index')}
          >
            去「我的」完善实名信息
          </Button>
        </View>
      ) : null}
      {status === 'ready' && profile ? (
        <ReportForm
          profile={profile}
          onDone={(t) =>
            replacePage(
              `/packages/grid/done/index?no=${t.ticketNo}&hours=${Math.round((t.dueAt - t.createdAt) / 3_600_000)}`,
            )
          }
        />
      ) : null}
    </PageShell>
  )
}
