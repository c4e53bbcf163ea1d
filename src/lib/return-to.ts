import { readLocal, writeLocal } from './storage'

const KEY = 'linli-app:return-to'

export interface ReturnTo {
  /** The page to open again once the detour is done, with what to resume in its query. */
  url: string
  /** What the person was doing, in their words: shown on the detour page. */
  label: string
}

/** Remembers what the person started before a detour (e.g. to fill in the profile). */
export function rememberReturn(to: ReturnTo): void {
  writeLocal(KEY, JSON.stringify(to))
}

export function pendingReturn(): ReturnTo | null {
  const raw = readLocal(KEY)
  if (!raw) return null
  try {
    const to = JSON.parse(raw) as Partial<ReturnTo>
    return typeof to.url === 'string' && to.url.startsWith('/') && typeof to.label === 'string'
      ? { url: to.url, label: to.label }
      : null
  } catch {
    return null
  }
}

/** The remembered return, forgotten as it is taken. */
export function takeReturn(): ReturnTo | null {
  const to = pendingReturn()
  writeLocal(KEY, null)
  return to
}
