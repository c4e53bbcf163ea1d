// What every page of app.json must show when it renders in WeChat's component simulator
// (scripts/weapp-check.mjs, step 4). A page missing here fails the check: register new pages.
//
//   'route': ['text', …]                 strings the settled page must contain: matched against the
//                                        page text as one string and as its text nodes joined by
//                                        single spaces (so '可用信用积分 120' pins a label to its value)
//   'route': {
//     expect: ['text', …],               as above
//     query: { q: '…' },                 onLoad options (e.g. an encoded QR link in `q`)
//     storage: { key: value },           storage before the app starts (default: empty)
//     modal: 'confirm' | 'cancel',       how wx.showModal answers (default: confirm)
//     tap: { text: '…', expect: [ … ] }, tap the node showing `text`; afterwards the page text or a
//   }                                    wx call (`wx.navigateTo /packages/…`, `wx.showToast 已保存`)
//                                        must contain each expected string
// Without `tap`, the first node with a tap binding is tapped and its reaction reported.

// The strings come from the pages themselves and from the mock cloud's seed (src/cloud/seed), so a
// passing page has also loaded its data. First run = no storage, so the privacy sheet shows too.
export default {
  'pages/home/index': {
    expect: [
      '任城邻里',
      '志愿服务',
      '积分兑换',
      '街道动态',
      '刘村葡萄音乐市集开市',
      '近期活动',
      '民族团结一家亲邻里节',
    ],
    tap: { text: '志愿服务', expect: ['wx.switchTab /pages/volunteer/index'] },
  },
  'pages/volunteer/index': ['志愿活动'],
  'pages/points/index': ['可用信用积分 120', '累计获得', '积分明细', '往期志愿服务积分转入', '+120'],
  'pages/mine/index': ['我的身份', '长辈模式', '演示工具', '居民 · 王阿姨', '重置演示数据'],
  'packages/info/news/index': {
    query: { id: 'news-01' },
    expect: ['新华社区“信用+”便利店：积分能换日用品了', '易捷便利店'],
  },
  'packages/info/privacy/index': ['任城邻里隐私保护指引', '我们收集什么', '同意本指引'],
  'packages/events/index': {
    expect: ['我的预约', '刘村葡萄音乐市集', '免费班车', '暑假·书香实践营', '高考学子免费采摘葡萄'],
    tap: { text: '我的预约', expect: ['wx.navigateTo /packages/events/mine/index'] },
  },
  'packages/events/detail/index': {
    query: { id: 'ev-grape' },
    expect: ['刘村葡萄音乐市集', '场次', '第1场音乐会', '第16场音乐会', '免费班车时刻表'],
    tap: {
      text: '免费班车时刻表',
      expect: ['wx.navigateTo /packages/events/shuttle/index?eventId=ev-grape'],
    },
  },
  'packages/events/shuttle/index': {
    query: { eventId: 'ev-grape' },
    expect: ['免费班车', '城区太白楼路站 → 刘村葡萄采摘园', '余座 45 / 45'],
  },
  'packages/events/mine/index': ['还没有预约'],
  'packages/events/verify/index': ['仅限社区工作人员使用'],
}
