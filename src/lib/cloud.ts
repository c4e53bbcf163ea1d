import type { ActionInput, ActionName, ActionOutput, FunctionName } from '@/contract/api'
import type { CallFunctionResult } from '@/contract/envelope'
import { DEFAULT_MESSAGES, type ErrorCode } from '@/contract/errors'
import type * as Embedded from '@/cloud/core'
import type * as Http from './cloud-http'
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

/** What the app calls: the mock cloud inside the app, or the server (lib/cloud-http.ts). */
export interface Cloud {
  callFunction(req: Http.CallRequest, caller: { openid: string }): Promise<CallFunctionResult<unknown>>
  reset(): Promise<void>
  /** Server mode only: the server's demo clock follows the 演示工具's offset. */
  setClock?(offsetMs: number): Promise<void>
}

/** Built with `TARO_APP_CLOUD_URL` (config/index.ts): the app talks to that server. */
export const serverMode = CLOUD_URL !== ''

let cloud: Cloud | null = null

/*
 * Each transport is required inside its own branch of a build-time constant: webpack replaces
 * CLOUD_URL with a string literal and never follows a require in the branch that cannot run, so a
 * build with TARO_APP_CLOUD_URL leaves the mock cloud, its handlers and its seed out entirely (and
 * a build without it leaves out the HTTP client).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
function getCloud(): Cloud {
  if (!cloud) {
    if (CLOUD_URL) {
      const { createHttpCloud } = require('./cloud-http') as typeof Http
      cloud = createHttpCloud({ baseUrl: CLOUD_URL, session: DEMO_TOOLS ? 'demo' : 'wechat' })
    } else {
      const { createMockCloud } = require('@/cloud/core') as typeof Embedded
      cloud = createMockCloud({ storage: taroStorage, now: demoNow })
    }
  }
  return cloud
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** Tests and the demo tools swap the cloud behind the client. */
export function setCloud(next: Cloud | null): void {
  cloud = next
}

/** 演示工具: reloads the demo data (on the server in server mode); a failure shows a toast and throws. */
export async function resetCloud(): Promise<void> {
  try {
    await getCloud().reset()
  } catch (err) {
    const message = err instanceof Error && err.message ? err.message : DEFAULT_MESSAGES.INTERNAL
    showToast(message)
    throw new CloudCallError('INTERNAL', message)
  }
}

/**
 * 演示工具: in server mode the server's clock runs at real time plus this offset (else nothing to
 * do). False when the server could not be told; a toast has said why.
 */
export async function syncDemoClock(offsetMs: number): Promise<boolean> {
  const current = getCloud()
  if (!current.setClock) return true
  try {
    await current.setClock(offsetMs)
    return true
  } catch (err) {
    showToast(err instanceof Error && err.message ? err.message : DEFAULT_MESSAGES.INTERNAL)
    return false
  }
}

export interface CallOptions {
  /** Codes the caller handles itself; any other error also shows a toast. */
  expected?: readonly ErrorCode[]
  /** 演示工具 only: call as this demo identity instead of the current one. */
  as?: string
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
      { openid: options.as ?? currentOpenid() },
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
