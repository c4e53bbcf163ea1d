export default defineAppConfig({
  pages: ['pages/home/index', 'pages/volunteer/index', 'pages/points/index', 'pages/mine/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c0392b',
    navigationBarTitleText: '任城邻里',
    navigationBarTextStyle: 'white',
    navigationStyle: 'default',
    backgroundColor: '#f6f6f6',
  },
  subPackages: [
    { root: 'packages/info', pages: ['news/index', 'privacy/index'] },
    {
      root: 'packages/volunteer',
      pages: ['detail/index', 'checkin/index', 'mine/index', 'certificate/index'],
    },
    {
      root: 'packages/staff',
      pages: ['activities/index', 'publish/index', 'qr/index', 'roster/index', 'certificate/index'],
    },
    {
      root: 'packages/grid',
      pages: ['home/index', 'report/index', 'done/index', 'ticket/index', 'queue/index', 'handle/index'],
    },
    {
      root: 'packages/shop',
      pages: ['index/index', 'goods/index', 'order/index', 'orders/index', 'clerk/index'],
    },
    {
      root: 'packages/events',
      pages: ['index', 'detail/index', 'shuttle/index', 'mine/index', 'verify/index'],
    },
    { root: 'packages/messages', pages: ['index'] },
    {
      root: 'packages/council',
      pages: ['index', 'question/index', 'raise/index', 'board/index', 'from-ticket/index'],
    },
    {
      root: 'packages/property',
      pages: ['index', 'company/index', 'score/index', 'accounts/index', 'staff/index'],
    },
    {
      root: 'packages/gigs',
      pages: [
        'index',
        'job/index',
        'card/index',
        'mine/index',
        'employer/index',
        'post/index',
        'review/index',
      ],
    },
    // 演示工具 (我的 › 演示工具): `TARO_APP_DEMO=0` builds without them (config/index.ts sets DEMO_TOOLS alike)
    ...(process.env.TARO_APP_DEMO?.trim() !== '0' ? [{ root: 'packages/demo', pages: ['index'] }] : []),
  ],
  tabBar: {
    color: '#7a7a7a',
    selectedColor: '#c0392b',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/volunteer/index',
        text: '志愿',
        iconPath: 'assets/tab/volunteer.png',
        selectedIconPath: 'assets/tab/volunteer-active.png',
      },
      {
        pagePath: 'pages/points/index',
        text: '积分',
        iconPath: 'assets/tab/points.png',
        selectedIconPath: 'assets/tab/points-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '反映问题时可附上你所在的位置，方便网格员找到现场' } },
  __usePrivacyCheck__: true,
})
