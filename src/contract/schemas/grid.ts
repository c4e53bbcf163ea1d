import * as v from 'valibot'

import { GRID_CATEGORIES, GRID_RULES as R } from '../grid'
import { requestId } from './common'
import { mobilePhone } from './user'

const text = (label: string, min: number, max: number, range = `${label}需为 ${min}–${max} 个字`) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.minLength(min, range), v.maxLength(max, range))

const WHERE = '位置不正确'
const PICTURE = '照片不正确'
const COMMUNITY = '请选择问题所在社区'
const DEPARTMENT = '承办部门需为 2–30 个字'
const SCORE = '评分为 1–5 星'
const PHOTO = /^(data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+|(wxfile|https?):\/\/[\w./-]{1,300})$/

export const ticketNoField = v.pipe(
  v.string('缺少工单号'),
  v.trim(),
  v.minLength(1, '缺少工单号'),
  v.maxLength(40, '工单号不正确'),
)

/** The community a report is for; `grid.report` checks it after defaulting to the reporter's home community. */
export const reportCommunity = v.pipe(v.string(COMMUNITY), v.minLength(1, COMMUNITY), v.maxLength(40))

/** `grid.report`: `communityId` may be left out when the reporter has a home community. */
export const reportInput = v.object({
  category: v.picklist(
    GRID_CATEGORIES.map((c) => c.id),
    '请先选择问题类别',
  ),
  communityId: v.optional(reportCommunity),
  /** The 小区 (物业红黑榜); default: the reporter's, when it lies in the report's community. */
  estateId: v.optional(v.pipe(v.string('请选择小区'), v.minLength(1, '请选择小区'), v.maxLength(40))),
  description: text('问题描述', R.descriptionMin, R.descriptionMax),
  address: text('地址', R.addressMin, R.addressMax),
  location: v.optional(
    v.object({
      lat: v.pipe(v.number(WHERE), v.minValue(-90, WHERE), v.maxValue(90, WHERE)),
      lng: v.pipe(v.number(WHERE), v.minValue(-180, WHERE), v.maxValue(180, WHERE)),
    }),
  ),
  photos: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          v.string(PICTURE),
          v.maxLength(R.photoMaxChars, '照片太大，请换一张或重新压缩'),
          v.regex(PHOTO, '照片格式不正确'),
        ),
        PICTURE,
      ),
      v.maxLength(R.photosMax, `最多上传 ${R.photosMax} 张照片`),
    ),
  ),
  anonymous: v.optional(v.boolean('匿名选项不正确')),
  phone: v.optional(mobilePhone),
  requestId,
})

/** The report form's check: `reportInput` with the community filled in (the form starts from the home one). */
export const reportFormInput = v.object({ ...reportInput.entries, communityId: reportCommunity })

/** `grid.rate` */
export const rateInput = v.object({
  ticketNo: ticketNoField,
  score: v.pipe(v.number('请选择评分'), v.integer(SCORE), v.minValue(1, SCORE), v.maxValue(5, SCORE)),
  comment: v.optional(
    v.pipe(v.string('评价内容不正确'), v.trim(), v.maxLength(R.commentMax, `评价最多 ${R.commentMax} 个字`)),
  ),
})

/** `grid.advance`: dispatching names the department it goes to. */
export const advanceInput = v.pipe(
  v.object({
    ticketNo: ticketNoField,
    to: v.picklist(['accepted', 'dispatched', 'resolved', 'rejected'], '处理步骤不正确'),
    note: v.pipe(
      v.string('请填写处理说明'),
      v.trim(),
      v.minLength(1, '请填写处理说明'),
      v.maxLength(R.noteMax, `处理说明最多 ${R.noteMax} 个字`),
    ),
    department: v.optional(
      v.pipe(v.string('承办部门不正确'), v.trim(), v.minLength(2, DEPARTMENT), v.maxLength(30, DEPARTMENT)),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['to'], ['department']],
      (a) => a.to !== 'dispatched' || !!a.department,
      '派单需要选择承办部门',
    ),
    ['department'],
  ),
)
