import { CHECK_NOW, demoSessions } from './weapp-fixtures.mjs'

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
// Staff and clerk pages render as a bound staff member (金城街道新华社区, with one resident's report in
// the queue) and a bound 易捷 clerk: storage the mock cloud itself produced (scripts/weapp-fixtures.mjs).
const { staff, clerk, resident, employer } = await demoSessions()

// Every page renders on the simulator's clock, which starts at this instant (never today's date),
// so date-dependent strings such as today's shuttle seats hold at any hour of any day.
export const now = CHECK_NOW

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
  'pages/volunteer/index': ['我的志愿服务', '全部街道', '楼道清洁日', '独居老人上门探访', '已报名 0/10'],
  'pages/points/index': ['可用信用积分 120', '累计获得', '积分明细', '往期志愿服务积分转入', '+120'],
  'pages/mine/index': {
    expect: ['我的身份', '长辈模式', '演示工具', '仅供体验'],
    tap: { text: '演示工具', expect: ['wx.navigateTo /packages/demo/index'] },
  },
  'packages/demo/index': ['当前身份', '居民 · 王阿姨', '快进 1 小时', '重置演示数据'],
  'packages/info/news/index': {
    query: { id: 'news-01' },
    expect: ['新华社区“信用+”便利店：积分能换日用品了', '易捷便利店'],
  },
  'packages/info/privacy/index': ['任城邻里隐私保护指引', '我们收集什么', '同意本指引'],
  'packages/volunteer/detail/index': {
    query: { id: 'act-seed-2' },
    expect: ['独居老人上门探访', '已报名 0 / 10 人', '完成服务可得 15 积分', '立即报名'],
  },
  'packages/volunteer/checkin/index': {
    query: { q: encodeURIComponent('https://elsewhere.example/x?c=1') },
    expect: ['签到 / 签退', '这不是签到二维码'],
  },
  'packages/volunteer/mine/index': ['累计服务时长', '还没有参加过志愿活动'],
  'packages/volunteer/certificate/index': ['还不能开具证明', '完善实名信息'],
  'packages/staff/activities/index': {
    storage: staff.storage,
    expect: ['发布新活动', '楼道清洁日', '独居老人上门探访'],
    tap: { text: '发布新活动', expect: ['wx.navigateTo /packages/staff/publish/index'] },
  },
  'packages/staff/publish/index': {
    storage: staff.storage,
    expect: ['发布到： 金城街道新华社区', '活动名称', '发布活动', '开始前 2 小时截止取消报名'],
  },
  'packages/staff/qr/index': {
    storage: staff.storage,
    query: { id: 'act-seed-1', kind: 'in' },
    expect: ['签到码', '请志愿者用微信扫一扫', '秒后自动刷新'],
  },
  'packages/staff/certificate/index': {
    storage: staff.storage,
    expect: ['核验志愿服务证明', '证明编号', '12 位证明编号'],
  },
  'packages/staff/roster/index': {
    storage: staff.storage,
    query: { id: 'act-seed-1' },
    expect: ['楼道清洁日', '出示签到码', '出示签退码', '还没有人报名'],
    tap: { text: '出示签到码', expect: ['wx.navigateTo /packages/staff/qr/index?id=act-seed-1&kind=in'] },
  },
  'packages/grid/home/index': {
    expect: ['身边有问题，随手反映', '我要反映', '拨打 12345', '还没有反映过问题'],
    tap: { text: '我要反映', expect: ['wx.navigateTo /packages/grid/report/index'] },
  },
  'packages/grid/report/index': ['反映问题需要实名信息', '去「我的」完善实名信息'],
  'packages/grid/done/index': {
    query: { no: 'RC20261126-0001', hours: '48' },
    expect: ['反映已提交', 'RC20261126-0001', '承诺 48 小时内办结'],
  },
  'packages/grid/ticket/index': { query: { no: 'RC20261126-0001' }, expect: ['没有找到这张工单', '重试'] },
  'packages/grid/queue/index': {
    storage: staff.storage,
    expect: ['网格工单', '只看超时', staff.ticketNo, '3 号楼东侧的垃圾桶满了两天没人清运', '反映人 王**'],
  },
  'packages/grid/handle/index': {
    storage: staff.storage,
    query: { no: staff.ticketNo },
    expect: ['处理工单', staff.ticketNo, '受理', '不予受理', '王** 139****5678', '办理进度'],
  },
  'packages/shop/index/index': {
    expect: ['我的兑换', '合作商户', '易捷便利店 新华社区店', '营业时间 每天 07:30–21:30', '地图 ›'],
    tap: {
      text: '去兑换 ›',
      expect: ['wx.navigateTo /packages/shop/goods/index?shopId=shop-'],
    },
  },
  'packages/shop/goods/index': {
    query: { shopId: 'shop-yj-xinhua' },
    expect: ['我的可用积分 120', '抽纸 3 包装', '20 积分', '剩余 60 件 · 每人限兑 5 件', '东北大米 5 kg'],
    tap: { text: '兑换', expect: ['确认兑换', '共需 20 积分'] },
  },
  // A cold start has no orders: the page asks the cloud and shows its answer.
  'packages/shop/order/index': { query: { id: 'order-none' }, expect: ['没有找到这笔兑换', '重试'] },
  'packages/shop/orders/index': ['还没有兑换记录'],
  'packages/shop/clerk/index': {
    storage: clerk.storage,
    expect: ['易捷便利店 新华社区店', '输入居民出示的 8 位兑换码', '今日已核销 0 笔，共 0 积分'],
  },
  'packages/events/index': {
    expect: ['我的预约', '刘村葡萄音乐市集', '免费班车', '暑假·书香实践营', '高考学子免费采摘葡萄'],
    tap: { text: '我的预约', expect: ['wx.navigateTo /packages/events/mine/index'] },
  },
  'packages/events/detail/index': {
    query: { id: 'ev-grape' },
    expect: ['刘村葡萄音乐市集', '场次', '第1场 · 开幕乐队之夜', '第16场 · 闭幕乐队返场', '免费班车时刻表'],
    tap: {
      text: '免费班车时刻表',
      expect: ['wx.navigateTo /packages/events/shuttle/index?eventId=ev-grape'],
    },
  },
  'packages/events/shuttle/index': {
    query: { eventId: 'ev-grape' },
    expect: ['免费班车', '去程 · 城区太白楼路站 → 刘村葡萄采摘园', '赶得上开场', '余座 45 / 45', '返程'],
  },
  'packages/events/mine/index': ['还没有预约'],
  // 物业红黑榜 (src/cloud/seed/property.ts) at CHECK_NOW: the board opens on 2026-10 (the last ended
  // month); 恒安物业 is black-listed in 2026-09 with its reply; 新华苑's 2026-09 accounts are confirmed
  'packages/property/index': {
    expect: [
      '物业服务 · 每月红黑榜',
      '2026年10月',
      '红榜 · AAA',
      '任城信义物业服务有限公司',
      'AAA（红榜）',
      '我的小区',
    ],
    tap: {
      text: '92.1',
      expect: ['wx.navigateTo /packages/property/company/index?id=co-xinyi&month=2026-10'],
    },
  },
  'packages/property/company/index': {
    query: { id: 'co-hengan', month: '2026-09' },
    expect: [
      '恒安物业服务有限公司',
      '近 12 个月得分',
      'C（黑榜）',
      '物业的答复与整改措施',
      '已更换电梯维保单位',
    ],
  },
  'packages/property/score/index': {
    query: { companyId: 'co-xinyi' },
    expect: [
      '任城信义物业服务有限公司',
      '服务小区：新华苑、洸河花园',
      '评分需要实名信息',
      '维修响应',
      '提交评分',
    ],
    tap: { text: '提交评分', expect: ['没有打分'] },
  },
  'packages/property/accounts/index': {
    query: { estateId: 'est-xinhuayuan', month: '2026-09' },
    expect: ['新华苑 · 2026年9月', '社区已确认公开', '物业费', '保洁支出', '累计结余', '更换了 3 号楼'],
  },
  'packages/property/staff/index': {
    storage: staff.storage,
    expect: ['记录加分或扣分', '任城信义物业服务有限公司', '提交记录'],
  },
  'packages/events/verify/index': {
    storage: staff.storage,
    expect: ['扫描预约二维码', '或输入 8 位预约码', '核验'],
  },
  'packages/messages/index': ['还没有消息', '兑换码快过期或已核销'],
  // 居民议事 (src/cloud/seed/council.ts), as a real-name resident of 新华社区
  'packages/council/index': {
    storage: resident.storage,
    expect: ['居民点单 · 党派献策 · 社区落实', '我要点单', '晚上回来找不到车位，能否错时共享停车'],
    tap: { text: '我要点单', expect: ['wx.navigateTo /packages/council/raise/index'] },
  },
  'packages/council/raise/index': {
    storage: resident.storage,
    expect: ['1. 一句话说清问题', '2. 问题类别', '垃圾分类', '提交点单'],
    tap: { text: '提交点单', expect: ['请先选择议题类别'] },
  },
  // a question still collecting support: the demo tool brings it to its threshold (6 of 10 → 待答复)
  'packages/council/question/index': {
    storage: resident.storage,
    query: { id: 'q-seed-xh-parking' },
    expect: [
      '晚上回来找不到车位，能否错时共享停车',
      '6 / 10 人附议',
      '附议',
      '演示：请邻居附议',
      '还差 4 人',
    ],
    tap: { text: '请邻居附议', expect: ['待答复', '10 人附议（已达 10 人）'] },
  },
  'packages/council/board/index': {
    storage: resident.storage,
    expect: ['本社区', '全街道', '落实率', '满意率', '每月一题'],
  },
  'packages/council/from-ticket/index': {
    storage: staff.storage,
    query: { no: staff.ticketNo },
    expect: ['转为居民议事', staff.ticketNo, '转为议事'],
    tap: { text: '转为议事', expect: ['标题'] },
  },
  'packages/gigs/index': {
    expect: ['零工驿站 · 附近的活儿', '我的求职卡', '更换厨房水龙头和角阀', '70 元/小时', '低于指导价'],
    tap: { text: '我的求职卡', expect: ['wx.navigateTo /packages/gigs/card/index'] },
  },
  'packages/gigs/job/index': {
    query: { id: 'job-seed-faucet' },
    expect: ['更换厨房水龙头和角阀', '指导价 60 元/小时', '新华便民维修部', '报名需要实名信息'],
  },
  'packages/gigs/card/index': {
    storage: staff.storage,
    expect: ['会做的工种（可多选）', '空闲时间', '保存求职卡'],
  },
  'packages/gigs/mine/index': { storage: staff.storage, expect: ['还没有报名过零工'] },
  'packages/gigs/employer/index': {
    storage: employer.storage,
    expect: ['新华便民维修部', '已通过', '发布招工', '我发布的招工', '更换厨房水龙头和角阀'],
    tap: { text: '发布招工', expect: ['wx.navigateTo /packages/gigs/post/index'] },
  },
  'packages/gigs/post/index': {
    storage: employer.storage,
    expect: ['工种', '维修', '金城街道 · 新华社区', '选择工种后显示指导价', '提交审核'],
  },
  'packages/gigs/review/index': {
    storage: staff.storage,
    expect: ['新华社区 · 零工审核', '挂式空调清洗三台', '通过', '不通过'],
  },
}
