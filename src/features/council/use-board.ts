import { useCallback, useEffect, useState } from 'react'
import type { CouncilBoard, CouncilBoardInput } from '@/contract/council'
import { errorMessage } from '@/lib/cloud'
import { fetchBoard } from './api'

/** What a board may say about its scope (the street's id lets the page switch to the whole 街道). */
export type ScopedBoard = CouncilBoard

/** The board for `input`, reloaded when it changes; nothing is asked until `enabled`. */
export function useBoard(input: CouncilBoardInput, enabled: boolean) {
  const [board, setBoard] = useState<ScopedBoard | null>(null)
  const [error, setError] = useState<string | null>(null)
  const key = `${input.streetId ?? ''}|${input.communityId ?? ''}`
  const load = useCallback(() => {
    setError(null)
    setBoard(null)
    fetchBoard(input).then(setBoard, (err) => setError(errorMessage(err)))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  useEffect(() => {
    if (enabled) load()
  }, [enabled, load])
  return { board, error, load }
}
