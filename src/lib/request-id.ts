/**
 * A fresh idempotency key (`requestId`, 8–64 chars) for one attempt at a write; a retry of the same
 * attempt reuses it, so the cloud answers with the first result instead of acting twice.
 */
export const newRequestId = (): string =>
  `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`.padEnd(12, '0')
