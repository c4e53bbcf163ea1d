import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ActivityList } from '@/features/volunteer/components/activity-list'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { openPage } from '@/lib/navigation'

export default function VolunteerPage() {
  const staff = useSession((s) => Boolean(s.view?.staff))
  return (
    <PageShell>
      <View className="volunteer-links">
        <Button
          className="btn btn--ghost btn--small"
          onClick={() => openPage('/packages/volunteer/mine/index')}
        >
          我的志愿服务
        </Button>
        <Button
          className="btn btn--ghost btn--small"
          onClick={() => openPage('/packages/volunteer/checkin/index')}
        >
          扫码签到
        </Button>
        {staff ? (
          <Button
            className="btn btn--primary btn--small"
            onClick={() => openPage('/packages/staff/activities/index')}
          >
            活动管理
          </Button>
        ) : null}
      </View>
      <ActivityList />
    </PageShell>
  )
}
