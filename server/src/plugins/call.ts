// POST /api/call — the cloud's `callFunction` over HTTP. The caller is the session token's openid,
// never anything in the body; the answer is `{ result, errMsg, requestID }` exactly as
// callFunction gives it (HTTP 200 for business errors too).
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify'

import type { ServerCloud } from '../cloud'
import { errorSchema, tooMany, unauthenticated } from '../errors'
import type { RateLimiter } from '../rate-limit'
import type { TokenSigner } from '../token'
import type { InFlight } from '../in-flight'

export interface CallPluginOptions {
  cloud: ServerCloud
  tokens: TokenSigner
  limiter: RateLimiter | null
  bodyLimit: number
  inFlight: InFlight
}

const callBody = {
  type: 'object',
  required: ['name', 'data'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 64 },
    data: { type: 'object', required: ['action'], properties: { action: { type: 'string' } } },
  },
} as const

const callReply = {
  type: 'object',
  required: ['result', 'errMsg', 'requestID'],
  properties: {
    result: { type: 'object', additionalProperties: true },
    errMsg: { type: 'string' },
    requestID: { type: 'string' },
  },
} as const

const NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/

/** For logs: a function or action name as sent, or '?' when it is not a plain name (never caller text). */
export const logName = (value: unknown): string =>
  typeof value === 'string' && NAME.test(value) ? value : '?'

/** The openid a `Bearer` token names, or null. */
export function bearer(request: FastifyRequest, tokens: TokenSigner): string | null {
  const header = request.headers.authorization
  if (typeof header !== 'string') return null
  const m = /^Bearer ([A-Za-z0-9._-]{1,2048})$/.exec(header.trim())
  return m ? tokens.verify(m[1]) : null
}

export const callPlugin: FastifyPluginAsync<CallPluginOptions> = async (app: FastifyInstance, opts) => {
  const { cloud, tokens, limiter, bodyLimit, inFlight } = opts

  app.post<{ Body: { name: string; data: { action: string; [key: string]: unknown } } }>(
    '/api/call',
    {
      bodyLimit,
      schema: { body: callBody, response: { 200: callReply, 401: errorSchema, 429: errorSchema } },
      // Before the body is read: a caller without a session, or over its limit, costs no parsing.
      onRequest: async (request, reply) => {
        const openid = bearer(request, tokens)
        if (!openid) {
          // Guessing tokens costs the address its budget too.
          const wait = limiter?.take(`address:${request.ip}`) ?? 0
          return wait > 0 ? tooMany(reply, wait) : unauthenticated(reply)
        }
        request.openid = openid
        const wait = limiter?.take(`caller:${openid}`) ?? 0
        if (wait > 0) return tooMany(reply, wait)
      },
    },
    async (request) => {
      const { name, data } = request.body
      request.callName = `${logName(name)}.${logName(data.action)}`
      return inFlight.run(() => cloud.callFunction({ name, data }, { openid: request.openid as string }))
    },
  )
}
