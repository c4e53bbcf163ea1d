export interface Balance {
  available: number
  held: number
  earned: number
  spent: number
}

export type LedgerStatus = 'posted' | 'pending' | 'voided'
export type LedgerKind = 'earn' | 'redeem' | 'refund' | 'expire' | 'adjust'

export interface LedgerEntry {
  id: string
  at: number
  amount: number
  status: LedgerStatus
  kind: LedgerKind
  reason: string
  ref?: { type: string; id: string }
  /** When a pending entry was posted or voided. */
  settledAt?: number
}
