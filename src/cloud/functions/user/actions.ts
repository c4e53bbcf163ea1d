import type { ActionMap } from '../../runtime/action'
import { bindRole } from './bind-role'
import { cleanPhotos } from './clean-photos'
import { communities } from './communities'
import { deleteAccount } from './delete-account'
import { login } from './login'
import { setPreferences } from './set-preferences'
import { storage } from './storage'
import { updateProfile } from './update-profile'

export const userActions: ActionMap<'user'> = {
  login,
  communities,
  updateProfile,
  bindRole,
  setPreferences,
  deleteAccount,
  storage,
  cleanPhotos,
}
