import { useCallback, useEffect, useState } from 'react'
import type { Question } from '@/contract/council'
import { errorMessage } from '@/lib/cloud'
import { fetchQuestion } from './api'

export function useQuestion(id: string | undefined) {
  const [question, setQuestion] = useState<Question | null>(null)
  const [error, setError] = useState<string | null>(id ? null : '没有找到这个问题')
  const reload = useCallback(async () => {
    if (!id) return
    setError(null)
    try {
      setQuestion(await fetchQuestion(id))
    } catch (err) {
      setError(errorMessage(err))
    }
  }, [id])
  useEffect(() => {
    void reload()
  }, [reload])
  return { question, error, reload, setQuestion }
}
