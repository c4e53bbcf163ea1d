import type { ActionInput, ActionName, ActionOutput, FunctionName } from '@/contract/api'
import { DEFAULT_MESSAGES, type ErrorCode } from '@/contract/errors'
import { createMockCloud, type MockCloud } from '@/cloud/core'
import { currentOpenid, demoNow } from './demo'
import { taroStorage } from './storage'
import { showToast } from './toast'

export class CloudCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'CloudCallError'
  }
}

let cloud: MockCloud | null = null

function getCloud(): MockCloud {
  if (!cloud) cloud = createMockCloud({ storage: taroStorage, now: demoNow })
  return cloud
}

/** Tests and the demo tools swap the cloud behind the client. */
export function setCloud(next: MockCloud | null): void {
  cloud = next
}

export async function resetCloud(): Promise<void> {
  await getCloud().reset()
}

export interface CallOptions {
  /** Codes the caller handles itself; any other error also shows a toast. */
  expected?: readonly ErrorCode[]
}

/** The only place the app calls the cloud: returns the data or throws a CloudCallError. */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  input: ActionInput<F, A>,
  options: CallOptions = {},
): Promise<ActionOutput<F, A>> {
  let error: CloudCallError
  try {
    const res = await getCloud().callFunction(
      { name, data: { ...(input as Record<string, unknown>), action } },
      { openid: currentOpenid() },
    )
    const envelope = res.result
    if (envelope.ok) return envelope.data as ActionOutput<F, A>
    error = new CloudCallError(
      envelope.error.code,
      envelope.error.message || DEFAULT_MESSAGES[envelope.error.code],
    )
  } catch {
    error = new CloudCallError('INTERNAL', DEFAULT_MESSAGES.INTERNAL)
  }
  if (!options.expected?.includes(error.code)) showToast(error.message)
  throw error
}

export function errorMessage(err: unknown): string {
  return err instanceof CloudCallError ? err.message : DEFAULT_MESSAGES.INTERNAL
}
