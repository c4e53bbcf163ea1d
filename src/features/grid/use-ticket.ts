import { useCallback, useEffect, useState } from 'react'
import type { Ticket } from '@/contract/grid'
import { errorMessage } from '@/lib/cloud'
import { fetchTicket } from './api'

export function useTicket(ticketNo: string | undefined) {
  const [ticket, setTicket] = useState<Ticket | null>(null)
  const [error, setError] = useState<string | null>(ticketNo ? null : '没有找到这张工单')
  const reload = useCallback(async () => {
    if (!ticketNo) return
    setError(null)
    try {
      setTicket(await fetchTicket(ticketNo))
    } catch (err) {
      setError(errorMessage(err))
    }
  }, [ticketNo])
  useEffect(() => {
    void reload()
  }, [reload])
  return { ticket, error, reload, setTicket }
}
