import { useState } from 'react'
import type { Question } from '@/contract/council'
import { CloudCallError } from '@/lib/cloud'

/** One write at a time: `busy` names it, a refused write leaves its Chinese message in `error`. */
export function useRun(onDone: (q: Question) => void) {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const run = async (key: string, write: () => Promise<Question>): Promise<boolean> => {
    setBusy(key)
    setError(null)
    try {
      onDone(await write())
      return true
    } catch (err) {
      if (err instanceof CloudCallError) setError(err.message)
      return false
    } finally {
      setBusy(null)
    }
  }
  return { busy, error, setError, run }
}
