import type { NewsDoc } from '../db/schema'

const HOUR = 3_600_000

interface Story {
  id: string
  streetId: string
  street: string
  hoursAgo: number
  title: string
  summary: string
}

const STORIES: Story[] = [
  {
    id: 'news-01',
    streetId: 'jincheng',
    street: '金城街道',
    hoursAgo: 3,
    title: '新华社区“信用+”便利店：积分能换日用品了',
    summary: '社区出场地、易捷便利店负责经营，居民攒下的信用积分可以在店里直接兑换。',
  },
  {
    id: 'news-02',
    streetId: 'wangyin',
    street: '王因街道',
    hoursAgo: 9,
    title: '刘村葡萄音乐市集开市：边品葡萄边听音乐',
    summary: '市集为期约两个月，安排16场主题音乐会，并开通每小时一班的免费往返班车。',
  },
  {
    id: 'news-03',
    streetId: 'fuqiao',
    street: '阜桥街道',
    hoursAgo: 26,
    title: '津浦街社区：反诈知识送到孩子身边',
    summary: '网格员走进楼院，给学生和家长讲游戏装备、陌生链接、支付密码里的骗局。',
  },
  {
    id: 'news-04',
    streetId: 'guhuai',
    street: '古槐街道',
    hoursAgo: 30,
    title: '县前街社区“暑假·书香实践营”开班',
    summary: '10名孩子在书店里过暑假：写作业有大学生辅导，还能当一回小小图书管理员。',
  },
  {
    id: 'news-05',
    streetId: 'yuehe',
    street: '越河街道',
    hoursAgo: 52,
    title: '竹竿巷社区：大学生志愿者清洁健身园',
    summary: '扫落叶、捡烟头、擦器材，志愿者的付出计入信用积分，可兑换生活用品。',
  },
  {
    id: 'news-06',
    streetId: 'jiyang',
    street: '济阳街道',
    hoursAgo: 75,
    title: '“济阳同心汇”：把企业、党派和居民拧成一股绳',
    summary: '39家民营企业对接社区需求清单，“流动的茶桌”让议事走进居民身边。',
  },
  {
    id: 'news-07',
    streetId: 'guanyinge',
    street: '观音阁街道',
    hoursAgo: 98,
    title: '乐苑社区：旧报纸变身手提袋',
    summary: '巾帼志愿者、“信用+”志愿者和网格志愿者一起教居民变废为宝。',
  },
  {
    id: 'news-08',
    streetId: 'jincheng',
    street: '金城街道',
    hoursAgo: 121,
    title: '金城街道17个社区建起信用基金',
    summary: '洸河社区信用基金获评全省“金种子”优秀社区慈善基金，物业服务也用上了信用积分。',
  },
  {
    id: 'news-09',
    streetId: 'xianying',
    street: '仙营街道',
    hoursAgo: 146,
    title: '仙营街道用“加减乘除”做细网格治理',
    summary: '“网格+热线”合署办公，“网格吹哨、部门报到”，问题处理更快了。',
  },
  {
    id: 'news-10',
    streetId: 'liying',
    street: '李营街道',
    hoursAgo: 170,
    title: '李营街道：干部陪群众走一遍办事流程',
    summary: '督查组到政务服务窗口体验式检查，营业执照不到半小时就能办好。',
  },
  {
    id: 'news-11',
    streetId: 'nanzhang',
    street: '南张街道',
    hoursAgo: 195,
    title: '崇宣新村：200亩油葵花开成“金色银行”',
    summary: '花海引来游客，葵花籽榨成油，60多名村民在家门口就业。',
  },
  {
    id: 'news-12',
    streetId: 'ershilipu',
    street: '二十里铺街道',
    hoursAgo: 220,
    title: '二十里铺街道清街净巷、见缝插绿',
    summary: '清理卫生死角、拆除乱搭乱建、疏通河道沟渠，再建口袋公园。',
  },
]

/** 街道动态 (their bodies: news-bodies.ts, with the info subpackage), dated relative to the cloud's clock at seeding so they always look recent. */
export function seedNews(now: number): NewsDoc[] {
  return STORIES.map((story) => ({
    _id: story.id,
    streetId: story.streetId,
    street: story.street,
    title: story.title,
    summary: story.summary,
    publishedAt: now - story.hoursAgo * HOUR,
  }))
}
