import { call } from '@/lib/cloud'
import type { UpdateProfileInput } from '@/contract/user'

export const fetchLogin = () => call('user', 'login', {})
export const fetchCommunities = () => call('user', 'communities', {})
export const saveProfile = (input: UpdateProfileInput) =>
  call('user', 'updateProfile', input, { expected: ['INVALID_ARGUMENT'] })
export const bindInviteCode = (inviteCode: string) =>
  call('user', 'bindRole', { inviteCode }, { expected: ['NOT_FOUND', 'CONFLICT', 'INVALID_ARGUMENT'] })
export const savePreferences = (elderMode: boolean) => call('user', 'setPreferences', { elderMode })
export const removeAccount = () => call('user', 'deleteAccount', {})
export const fetchStorage = () => call('user', 'storage', {})
export const cleanFinishedPhotos = () => call('user', 'cleanPhotos', {})
