import { DEFAULT_MESSAGES, type ErrorCode } from '../../contract/errors'

/** A business error: the runtime answers it as `{ ok: false, error: { code, message } }`. */
export class CloudError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGES[code],
  ) {
    super(message)
    this.name = 'CloudError'
  }
}
