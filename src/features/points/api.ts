import { call } from '@/lib/cloud'

export const fetchBalance = () => call('points', 'balance', {})
export const fetchLedgerPage = (cursor?: string) => call('points', 'ledger', { cursor, limit: 20 })
