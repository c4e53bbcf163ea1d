import * as v from 'valibot'

import { ACTIVITY_RULES as R } from '../volunteer'
import { placeInput } from './place'

const HOUR = 3_600_000

const time = (label: string) => v.pipe(v.number(`${label}的格式不正确`), v.integer(`${label}的格式不正确`))
const text = (label: string, min: number, max: number) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(min, min > 0 ? `${label}需为 ${min}–${max} 个字` : `请填写${label}`),
    v.maxLength(max, `${label}最多 ${max} 个字`),
  )
const int = (label: string, min: number, max: number) =>
  v.pipe(
    v.number(`请填写${label}`),
    v.integer(`${label}必须是整数`),
    v.minValue(min, `${label}需在 ${min}–${max} 之间`),
    v.maxValue(max, `${label}需在 ${min}–${max} 之间`),
  )

/** The fields of `volunteer.create` (and of `update`, beside the activity's id). */
export const activityFields = {
  title: text('活动名称', R.titleMin, R.titleMax),
  description: text('活动介绍', 0, R.descriptionMax),
  place: text('活动地点', R.placeMin, R.placeMax),
  startAt: time('开始时间'),
  endAt: time('结束时间'),
  quota: int('招募人数', 1, R.quotaMax),
  points: int('积分', 0, R.pointsMax),
  cancelDeadline: v.optional(time('取消截止时间')),
  location: v.optional(placeInput),
}

export const activityInput = v.object(activityFields)

/**
 * An activity with its time rules checked against `now`: the cloud's clock in `create`/`update`,
 * the app's clock in the publish form. Each issue names the field it is about.
 */
export const activityInputAt = (now: number) =>
  v.pipe(
    activityInput,
    v.forward(
      v.partialCheck([['startAt']], (a) => a.startAt > now, '开始时间需晚于现在'),
      ['startAt'],
    ),
    v.forward(
      v.partialCheck([['startAt'], ['endAt']], (a) => a.endAt > a.startAt, '结束时间需晚于开始时间'),
      ['endAt'],
    ),
    v.forward(
      v.partialCheck(
        [['startAt'], ['endAt']],
        (a) => a.endAt - a.startAt <= R.maxHours * HOUR,
        `活动时长不能超过 ${R.maxHours} 小时`,
      ),
      ['endAt'],
    ),
    v.forward(
      v.partialCheck(
        [['startAt'], ['cancelDeadline']],
        (a) => a.cancelDeadline === undefined || a.cancelDeadline <= a.startAt,
        '取消截止时间不能晚于开始时间',
      ),
      ['cancelDeadline'],
    ),
  )

const CERTIFICATE = '证明编号为 12 位字母和数字，例如 7K3M-9QXA-H2PD'

/** `volunteer.verifyCertificate`: the code as typed (spaces, hyphens and case ignored). */
export const certificateCode = v.pipe(
  v.string(CERTIFICATE),
  v.transform((text) => text.replace(/[\s-]/g, '').toUpperCase()),
  v.regex(/^[0-9A-Z]{12}$/, CERTIFICATE),
)
