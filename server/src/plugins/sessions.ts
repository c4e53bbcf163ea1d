// POST /api/session/wechat { code } → { token }: exchanges a `wx.login` code through WeChat's
// code2Session (at config.wechat.apiBase) for the caller's openid, and signs a session token.
import type { FastifyPluginAsync } from 'fastify'

import type { ServerConfig } from '../config'
import { errorBody, errorSchema, tooMany } from '../errors'
import type { RateLimiter } from '../rate-limit'
import type { TokenSigner } from '../token'

export interface SessionsPluginOptions {
  wechat: ServerConfig['wechat']
  tokens: TokenSigner
  limiter: RateLimiter | null
  /** Injected in tests; default the global fetch. */
  fetch?: typeof fetch
  timeoutMs?: number
}

export const tokenReply = {
  type: 'object',
  required: ['token'],
  properties: { token: { type: 'string' } },
} as const

/** code2Session's errcodes that mean "this code is no good" (invalid, used, risky user) rather than "WeChat failed". */
const REJECTED = new Set([40029, 40163, 40226])

interface Code2Session {
  openid?: unknown
  errcode?: unknown
}

export const sessionsPlugin: FastifyPluginAsync<SessionsPluginOptions> = async (app, opts) => {
  const { wechat, tokens, limiter, timeoutMs = 5000 } = opts
  const fetchFn = opts.fetch ?? fetch

  app.post<{ Body: { code: string } }>(
    '/api/session/wechat',
    {
      schema: {
        body: {
          type: 'object',
          required: ['code'],
          properties: { code: { type: 'string', minLength: 1, maxLength: 128 } },
        },
        response: { 200: tokenReply, 401: errorSchema, 429: errorSchema, 502: errorSchema, 503: errorSchema },
      },
      onRequest: async (request, reply) => {
        const wait = limiter?.take(`address:${request.ip}`) ?? 0
        if (wait > 0) return tooMany(reply, wait)
      },
    },
    async (request, reply) => {
      request.callName = 'session.wechat'
      if (!wechat.appId || !wechat.secret)
        return reply.code(503).send(errorBody('NOT_CONFIGURED', '服务器未配置微信登录'))
      const query = new URLSearchParams({
        appid: wechat.appId,
        secret: wechat.secret,
        js_code: request.body.code,
        grant_type: 'authorization_code',
      })
      let answer: Code2Session
      try {
        const res = await fetchFn(`${wechat.apiBase}/sns/jscode2session?${query}`, {
          signal: AbortSignal.timeout(timeoutMs),
        })
        answer = (await res.json()) as Code2Session
      } catch {
        return reply.code(502).send(errorBody('WECHAT_UNAVAILABLE', '暂时连不上微信，请稍后再试'))
      }
      const errcode = typeof answer.errcode === 'number' ? answer.errcode : 0
      if (REJECTED.has(errcode))
        return reply.code(401).send(errorBody('WECHAT_REJECTED', '微信登录未通过，请重新进入小程序'))
      if (errcode !== 0 || typeof answer.openid !== 'string' || answer.openid.length === 0)
        return reply.code(502).send(errorBody('WECHAT_UNAVAILABLE', '微信登录暂时失败，请稍后再试'))
      return { token: tokens.sign(answer.openid) }
    },
  )
}
