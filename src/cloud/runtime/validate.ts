import * as v from 'valibot'

import { issueMessage } from '../../contract/schemas/common'
import { CloudError } from './errors'

/** Validates `data` against an action's schema; a failure is INVALID_ARGUMENT naming the field in Chinese. */
export function parseInput<T>(schema: v.GenericSchema<unknown, T>, data: unknown): T {
  const result = v.safeParse(schema, data)
  if (result.success) return result.output
  throw new CloudError('INVALID_ARGUMENT', issueMessage(result.issues[0]))
}

export const pageQuery = {
  cursor: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
}

export const emptyInput = v.object({})
