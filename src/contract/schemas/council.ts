import * as v from 'valibot'

import { COUNCIL_CATEGORIES, COUNCIL_RULES as R } from '../council'
import { requestId } from './common'

const text = (label: string, min: number, max: number, range = `${label}需为 ${min}–${max} 个字`) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.minLength(min, range), v.maxLength(max, range))

const PICTURE = '照片不正确'
/** The same references grid.report takes (schemas/grid.ts): a saved file path or an image data URL. */
const PHOTO = /^(data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+|(wxfile|https?):\/\/[\w./-]{1,300})$/
const COMMUNITY = '请先选择社区'
const STATUSES = [
  'raised',
  'pending',
  'evaluating',
  'accepted',
  'done',
  'rejected',
  'withdrawn',
  'reopened',
] as const
const PROGRESS = '进度需为 0–100 的整数'

export const photoField = v.pipe(
  v.string(PICTURE),
  v.maxLength(R.photoMaxChars, '照片太大，请换一张或重新压缩'),
  v.regex(PHOTO, '照片格式不正确'),
)

/** A community id as the caller sends it (checked against the district after defaulting). */
export const councilCommunity = v.pipe(
  v.string(COMMUNITY),
  v.minLength(1, COMMUNITY),
  v.maxLength(40, COMMUNITY),
)

export const questionIdField = v.pipe(
  v.string('缺少议题'),
  v.minLength(1, '缺少议题'),
  v.maxLength(60, '议题编号不正确'),
)

export const categoryField = v.picklist(
  COUNCIL_CATEGORIES.map((c) => c.id),
  '请先选择议题类别',
)

export const titleField = text('标题', R.titleMin, R.titleMax)

/** `council.list` */
export const councilListInput = v.object({
  communityId: v.optional(councilCommunity),
  status: v.optional(v.picklist(STATUSES, '议题状态不正确')),
  sort: v.optional(v.picklist(['support', 'new'], '排序方式不正确')),
  cursor: v.optional(v.pipe(v.string('分页位置不正确'), v.minLength(1), v.maxLength(200))),
  limit: v.optional(v.pipe(v.number('每页条数不正确'), v.integer(), v.minValue(1), v.maxValue(50))),
})

/** `council.similar`: the title as typed so far (up to the title's length). */
export const similarInput = v.object({
  communityId: v.optional(councilCommunity),
  title: v.pipe(
    v.string('请填写标题'),
    v.trim(),
    v.minLength(1, '请填写标题'),
    v.maxLength(R.titleMax, `标题最多 ${R.titleMax} 个字`),
  ),
})

/** `council.raise` */
export const raiseInput = v.object({
  title: titleField,
  description: text('问题描述', R.descriptionMin, R.descriptionMax),
  category: categoryField,
  photos: v.optional(
    v.pipe(v.array(photoField, PICTURE), v.maxLength(R.photosMax, `最多上传 ${R.photosMax} 张照片`)),
  ),
  communityId: v.optional(councilCommunity),
  requestId,
})

/** The raise form's check: `raiseInput` with the community filled in (the form starts from the home one). */
export const raiseFormInput = v.object({ ...raiseInput.entries, communityId: councilCommunity })

/** `council.detail`, `support`, `unsupport`, `withdraw` */
export const questionInput = v.object({ questionId: questionIdField })

/** `council.propose` */
export const proposeInput = v.object({
  questionId: questionIdField,
  text: text('献策内容', R.proposalMin, R.proposalMax),
})

/** `council.answer`: a rejection needs its reason (shown publicly). */
export const answerInput = v.pipe(
  v.object({
    questionId: questionIdField,
    status: v.picklist(['evaluating', 'accepted', 'rejected'], '答复结果不正确'),
    reason: v.optional(text('答复理由', R.reasonMin, R.reasonMax)),
  }),
  v.forward(
    v.partialCheck(
      [['status'], ['reason']],
      (a) => a.status !== 'rejected' || !!a.reason,
      '不予采纳需要填写理由',
    ),
    ['reason'],
  ),
)

/** `council.progress` */
export const progressInput = v.object({
  questionId: questionIdField,
  stage: v.optional(v.picklist(['todo', 'doing', 'done'], '落实阶段不正确')),
  progress: v.optional(
    v.pipe(v.number(PROGRESS), v.integer(PROGRESS), v.minValue(0, PROGRESS), v.maxValue(100, PROGRESS)),
  ),
  note: text('进展说明', R.noteMin, R.noteMax),
  photo: v.optional(photoField),
})

/** `council.rate` */
export const councilRateInput = v.object({
  questionId: questionIdField,
  rating: v.picklist(['satisfied', 'basic', 'unsatisfied'], '请选择评价'),
})

/** `council.fromTicket` */
export const fromTicketInput = v.object({
  ticketNo: v.pipe(
    v.string('缺少工单号'),
    v.trim(),
    v.minLength(1, '缺少工单号'),
    v.maxLength(40, '工单号不正确'),
  ),
  title: titleField,
  category: categoryField,
})

/** `council.board` */
export const boardInput = v.object({
  streetId: v.optional(
    v.pipe(v.string('街道不正确'), v.minLength(1, '街道不正确'), v.maxLength(40, '街道不正确')),
  ),
  communityId: v.optional(councilCommunity),
})
