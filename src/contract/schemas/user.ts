import * as v from 'valibot'

import { PROFILE_RULES as R } from '../user'

const NAME_RANGE = `姓名需为 ${R.nameMin}–${R.nameMax} 个字`
const MOBILE = '请输入 11 位大陆手机号'
const INVITE = '请填写邀请码'

/** A mainland mobile number (trimmed): the profile's, or a report's contact phone. */
export const mobilePhone = v.pipe(v.string('请填写手机号'), v.trim(), v.regex(R.phonePattern, MOBILE))

/** A real name: 2–20 characters (trimmed), no digits. */
export const profileName = v.pipe(
  v.string('请填写姓名'),
  v.trim(),
  v.minLength(R.nameMin, NAME_RANGE),
  v.maxLength(R.nameMax, NAME_RANGE),
  v.regex(R.namePattern, '姓名不能包含数字，请填写真实姓名'),
)

const communityId = v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(40)))

/**
 * `user.updateProfile`, as the cloud and the profile form check it: each field optional, a field
 * left out stays as it was (the form leaves the phone out when it is not retyped).
 */
export const updateProfileInput = v.object({
  name: v.optional(profileName),
  phone: v.optional(mobilePhone),
  communityId,
  estateId: communityId,
})

/** The first profile needs both name and phone. */
export const firstProfileInput = v.object({
  name: profileName,
  phone: mobilePhone,
  communityId,
  estateId: communityId,
})

/** `user.bindRole`: the code is matched ignoring case and surrounding spaces. */
export const bindRoleInput = v.object({
  inviteCode: v.pipe(v.string(INVITE), v.trim(), v.minLength(1, INVITE), v.maxLength(40), v.toUpperCase()),
})
