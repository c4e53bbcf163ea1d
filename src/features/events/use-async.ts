import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '@/lib/cloud'

export interface Async<T> {
  data: T | null
  error: string | null
  reload: () => Promise<void>
}

/** Loads once per change of `deps`; `reload` refreshes in place (the old data stays while loading). */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const loadRef = useRef(load)
  loadRef.current = load
  const generation = useRef(0)
  const reload = useCallback(async () => {
    const gen = ++generation.current
    try {
      const next = await loadRef.current()
      if (gen !== generation.current) return
      setData(next)
      setError(null)
    } catch (err) {
      if (gen === generation.current) setError(errorMessage(err))
    }
  }, [])
  useEffect(() => {
    setData(null)
    setError(null)
    void reload()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return { data, error, reload }
}
