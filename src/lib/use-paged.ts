import { useCallback, useEffect, useRef, useState } from 'react'
import type { Page } from '@/contract/envelope'
import { errorMessage } from './cloud'

export interface Paged<T> {
  items: T[]
  status: 'loading' | 'ready' | 'error'
  error: string | null
  hasMore: boolean
  loadingMore: boolean
  refresh: () => Promise<void>
  loadMore: () => Promise<void>
}

/** A cursor-paginated list: first page on mount, more on demand, refresh from the top. */
export function usePaged<T>(
  fetchPage: (cursor?: string) => Promise<Page<T>>,
  deps: unknown[] = [],
): Paged<T> {
  const [items, setItems] = useState<T[]>([])
  const [status, setStatus] = useState<Paged<T>['status']>('loading')
  const [error, setError] = useState<string | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const generation = useRef(0)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage

  const refresh = useCallback(async () => {
    const gen = ++generation.current
    setStatus((s) => (s === 'ready' ? s : 'loading'))
    try {
      const page = await fetchRef.current()
      if (gen !== generation.current) return
      setItems(page.items)
      setCursor(page.nextCursor)
      setError(null)
      setStatus('ready')
    } catch (err) {
      if (gen !== generation.current) return
      setError(errorMessage(err))
      setStatus('error')
    }
  }, [])

  const loadMore = useCallback(async () => {
    if (!cursor || loadingMore) return
    const gen = generation.current
    setLoadingMore(true)
    try {
      const page = await fetchRef.current(cursor)
      if (gen !== generation.current) return
      setItems((prev) => [...prev, ...page.items])
      setCursor(page.nextCursor)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setLoadingMore(false)
    }
  }, [cursor, loadingMore])

  useEffect(() => {
    void refresh()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  return { items, status, error, hasMore: cursor !== null, loadingMore, refresh, loadMore }
}
