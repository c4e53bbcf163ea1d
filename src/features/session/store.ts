import { useEffect } from 'react'
import { create } from 'zustand'
import type { LoginView } from '@/contract/user'
import { errorMessage } from '@/lib/cloud'
import { readLocal, writeLocal } from '@/lib/storage'
import { fetchLogin, savePreferences } from './api'

const ELDER_KEY = 'linli-app:elder-mode'
const PRIVACY_KEY = 'linli-app:privacy-agreed'
const PRIVACY_VERSION = '2026-11'

export interface SessionState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  view: LoginView | null
  error: string | null
  /** Cached on the device so large type applies before the cloud answers. */
  elderMode: boolean
  privacyAgreed: boolean
  privacyPrompt: boolean
  notice: string | null
  load: () => Promise<void>
  apply: (view: LoginView) => void
  setElderMode: (on: boolean) => Promise<void>
  agreePrivacy: () => void
  declinePrivacy: () => void
  openPrivacy: () => void
  dismissNotice: () => void
}

export const useSession = create<SessionState>()((set, get) => ({
  status: 'idle',
  view: null,
  error: null,
  elderMode: readLocal(ELDER_KEY) === '1',
  privacyAgreed: readLocal(PRIVACY_KEY) === PRIVACY_VERSION,
  privacyPrompt: readLocal(PRIVACY_KEY) !== PRIVACY_VERSION,
  notice: null,
  async load() {
    set({ status: 'loading', error: null })
    try {
      const view = await fetchLogin()
      get().apply(view)
      if (view.notice) set({ notice: view.notice })
    } catch (err) {
      set({ status: 'error', error: errorMessage(err) })
    }
  },
  apply(view) {
    writeLocal(ELDER_KEY, view.elderMode ? '1' : null)
    set({ view, status: 'ready', elderMode: view.elderMode })
  },
  async setElderMode(on) {
    const before = get().elderMode
    set({ elderMode: on })
    try {
      get().apply(await savePreferences(on))
    } catch {
      set({ elderMode: before })
    }
  },
  agreePrivacy() {
    writeLocal(PRIVACY_KEY, PRIVACY_VERSION)
    set({ privacyAgreed: true, privacyPrompt: false })
  },
  declinePrivacy() {
    set({ privacyPrompt: false })
  },
  openPrivacy() {
    set({ privacyPrompt: true })
  },
  dismissNotice() {
    set({ notice: null })
  },
}))

/** Loads the session once per app start; every page calls it. */
export function useEnsureSession(): SessionState['status'] {
  const status = useSession((s) => s.status)
  useEffect(() => {
    if (useSession.getState().status === 'idle') void useSession.getState().load()
  }, [])
  return status
}
