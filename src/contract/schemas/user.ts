import * as v from 'valibot'

import { PROFILE_RULES as R } from '../user'

const NAME_RANGE = `姓名需为 ${R.nameMin}–${R.nameMax} 个字`
const MOBILE = '请输入 11 位大陆手机号'
const INVITE = '请填写邀请码'

/** A mainland mobile number (trimmed): the profile's, or a report's contact phone. */
export const mobilePhone = v.pipe(v.string('请填写手机号'), v.trim(), v.regex(R.phonePattern, MOBILE))

/** `user.updateProfile`, as the cloud and the profile form check it. */
export const updateProfileInput = v.object({
  name: v.pipe(
    v.string('请填写姓名'),
    v.trim(),
    v.minLength(R.nameMin, NAME_RANGE),
    v.maxLength(R.nameMax, NAME_RANGE),
  ),
  phone: mobilePhone,
  communityId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(40))),
})

/** `user.bindRole`: the code is matched ignoring case and surrounding spaces. */
export const bindRoleInput = v.object({
  inviteCode: v.pipe(v.string(INVITE), v.trim(), v.minLength(1, INVITE), v.maxLength(40), v.toUpperCase()),
})
