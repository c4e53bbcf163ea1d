import type { ErrorCode } from './errors'

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } }

export interface CallFunctionResult<T = unknown> {
  result: Envelope<T>
  errMsg: string
  requestID: string
}

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface PageQuery {
  cursor?: string
  limit?: number
}
