import { DEFAULT_MESSAGES, type ErrorCode } from '../../contract/errors'

/**
 * A business error: the runtime answers it as `{ ok: false, error: { code, message } }`. With
 * `keepWrites` the action's writes so far are committed anyway (a failed attempt that must be
 * counted, an expiry settled on the way to answering EXPIRED); otherwise nothing changes.
 */
export class CloudError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    readonly keepWrites = false,
  ) {
    super(message)
    this.name = 'CloudError'
  }
}
