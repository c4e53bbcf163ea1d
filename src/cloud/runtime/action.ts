import type * as v from 'valibot'

import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../contract/api'
import type { SpaceUsage } from '../db/persistence'
import type { CloudTx } from '../db/schema'
import type { Idempotency } from './idempotency'
import type { RandomBytes } from './random'

export interface ActionContext {
  /** The caller, as the platform reports it; never taken from `data`. */
  openid: string
  /** The cloud's clock, read once when the action's transaction starts. */
  now(): number
  db: CloudTx
  requestID: string
  /** The cloud's random source (secrets, codes). */
  random: RandomBytes
  /** How much storage the data takes, as of the last commit (the mock cloud persists on the device). */
  space(): SpaceUsage
}

export interface Action<I, O> {
  input: v.GenericSchema<unknown, I>
  /**
   * Idempotent on the input's `requestId`, per caller (runtime/idempotency.ts): a repeat answers the
   * first successful output and changes nothing; other input under the same id is INVALID_ARGUMENT.
   * `true` keeps the output whole; an `Idempotency` keeps part of it and restores the rest.
   */
  idempotent?: I extends { requestId: string } ? true | Idempotency<O> : never
  handler(ctx: ActionContext, input: I): Promise<O>
}

export type ActionMap<F extends FunctionName> = {
  [A in ActionName<F>]: Action<ActionInput<F, A>, ActionOutput<F, A>>
}

export type CloudFunctions = { [F in FunctionName]: ActionMap<F> }

export const defineAction = <I, O>(action: Action<I, O>): Action<I, O> => action
