import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '@/lib/cloud'

/** One read, redone when `key` changes (nothing asked until `enabled`); a stale answer is dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string, enabled = true) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  /** The answer came (`data` may itself be null, e.g. no score yet). */
  const [loaded, setLoaded] = useState(false)
  const generation = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load
  const reload = useCallback(() => {
    const gen = ++generation.current
    setError(null)
    setData(null)
    setLoaded(false)
    loadRef.current().then(
      (d) => {
        if (gen !== generation.current) return
        setData(d)
        setLoaded(true)
      },
      (err) => gen === generation.current && setError(errorMessage(err)),
    )
  }, [])
  useEffect(() => {
    if (enabled) reload()
  }, [enabled, key, reload])
  return { data, error, loaded, reload, setData }
}

/** One write at a time: `busy` names it, a refused write leaves its Chinese message in `error`. */
export function useWrite() {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const run = async <T>(key: string, write: () => Promise<T>): Promise<T | null> => {
    setBusy(key)
    setError(null)
    try {
      return await write()
    } catch (err) {
      setError(errorMessage(err))
      return null
    } finally {
      setBusy(null)
    }
  }
  return { busy, error, setError, run }
}
