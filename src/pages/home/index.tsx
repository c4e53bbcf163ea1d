import { Text, View } from '@tarojs/components'
import { EntryGrid, type Entry } from '@/components/entry-grid'
import { UpcomingEvents } from '@/features/events/components/upcoming-events'
import { NewsFeed } from '@/features/news/components/news-feed'
import { PageShell } from '@/features/session/components/page-shell'
import { openPage, openTab } from '@/lib/navigation'
import './index.scss'

const ENTRIES: Entry[] = [
  {
    key: 'volunteer',
    title: '志愿服务',
    subtitle: '报名 · 扫码签到',
    glyph: '志',
    onOpen: () => openTab('/pages/volunteer/index'),
  },
  {
    key: 'redeem',
    title: '积分兑换',
    subtitle: '易捷便利店等',
    glyph: '兑',
    onOpen: () => openPage('/packages/shop/index/index'),
  },
  {
    key: 'events',
    title: '活动预约',
    subtitle: '葡萄音乐市集',
    glyph: '约',
    onOpen: () => openPage('/packages/events/index'),
  },
  {
    key: 'grid',
    title: '网格+热线',
    subtitle: '反映身边问题',
    glyph: '格',
    onOpen: () => openPage('/packages/grid/home/index'),
  },
  {
    key: 'council',
    title: '居民议事',
    subtitle: '点单 · 附议 · 落实',
    glyph: '议',
    onOpen: () => openPage('/packages/council/index'),
  },
  {
    key: 'property',
    title: '物业红黑榜',
    subtitle: '评分 · 收支公开',
    glyph: '物',
    onOpen: () => openPage('/packages/property/index'),
  },
  {
    key: 'gigs',
    title: '零工驿站',
    subtitle: '附近的活儿',
    glyph: '工',
    onOpen: () => openPage('/packages/gigs/index'),
  },
]

export default function HomePage() {
  return (
    <PageShell>
      <View className="home-hero">
        <Text className="home-hero__title fs-xl">任城邻里</Text>
        <Text className="home-hero__subtitle fs-md">信用+ 让每一份付出都被看见</Text>
      </View>
      <EntryGrid entries={ENTRIES} />
      <UpcomingEvents />
      <Text className="section-title fs-lg">街道动态</Text>
      <NewsFeed />
    </PageShell>
  )
}
