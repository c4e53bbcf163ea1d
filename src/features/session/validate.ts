import { PROFILE_RULES } from '@/contract/user'

export interface ProfileDraft {
  name: string
  phone: string
}

export type ProfileErrors = Partial<Record<keyof ProfileDraft, string>>

export function validateProfile(draft: ProfileDraft): ProfileErrors {
  const errors: ProfileErrors = {}
  const name = draft.name.trim()
  if (name.length < PROFILE_RULES.nameMin || name.length > PROFILE_RULES.nameMax)
    errors.name = `姓名需为 ${PROFILE_RULES.nameMin}–${PROFILE_RULES.nameMax} 个字`
  if (!PROFILE_RULES.phonePattern.test(draft.phone.trim())) errors.phone = '请输入 11 位大陆手机号'
  return errors
}
