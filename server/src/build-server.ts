// The Fastify server: one plugin per concern (CORS, access log, sessions, the call route, demo
// routes, health), registered here; tests call `buildServer(...).inject()` with no socket.
import Fastify, { LogController, type FastifyError, type FastifyInstance } from 'fastify'

import type { ServerCloud } from './cloud'
import type { ServerConfig } from './config'
import { errorBody } from './errors'
import { createInFlight } from './in-flight'
import { accessLogPlugin } from './plugins/access-log'
import { callPlugin } from './plugins/call'
import { corsPlugin } from './plugins/cors'
import { demoPlugin } from './plugins/demo'
import { healthPlugin } from './plugins/health'
import { sessionsPlugin } from './plugins/sessions'
import { createRateLimiter } from './rate-limit'
import { createTokens } from './token'

export type { ServerCloud } from './cloud'
export type { ServerConfig } from './config'

declare module 'fastify' {
  interface FastifyRequest {
    /** The session token's openid (POST /api/call), set before the handler runs. */
    openid: string | null
    /** For the access log: `function.action` of a call, or the session/demo route's name. */
    callName: string | null
  }
}

export interface BuildServerOptions {
  config: ServerConfig
  cloud: ServerCloud
  /** Real time for token expiry and the rate limit (tests move it); never the demo clock. */
  realNow?: () => number
  /** Where log lines go (tests read them); default stdout. */
  logStream?: { write(line: string): void }
  /** For code2Session (tests may stub it); default the global fetch. */
  fetch?: typeof fetch
}

/** Bodies of every route but /api/call are a few short fields. */
const SMALL_BODY_LIMIT = 16 * 1024

export function buildServer(options: BuildServerOptions): FastifyInstance {
  const { config, cloud, realNow = Date.now, logStream } = options
  const silent = config.logLevel === 'silent'
  const app = Fastify({
    logger: silent
      ? false
      : {
          level: config.logLevel,
          ...(logStream ? { stream: logStream } : {}),
          // Only what a request is, never who sent it (no address, headers or query).
          serializers: {
            req: (req: { method?: string; routeOptions?: { url?: string } }) => ({
              method: req.method,
              route: req.routeOptions?.url,
            }),
            res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
            // The message can quote caller input; the stack without its first line cannot.
            err: (err: FastifyError) => ({
              type: err.name,
              message: err.code ?? err.name,
              stack: (err.stack ?? '').split('\n').slice(1).join('\n'),
              code: err.code,
              statusCode: err.statusCode,
            }),
          },
        },
    // Our own access log (plugins/access-log.ts) replaces Fastify's per-request lines.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: SMALL_BODY_LIMIT,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
  })
  app.decorateRequest('openid', null)
  app.decorateRequest('callName', null)

  // Errors the framework raises (bad JSON, schema, body too large …): status kept, our body shape,
  // logged by code only — a JSON parse error's message can quote the body.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
    if (status >= 500) request.log.error({ err: error }, 'failed')
    const code =
      status === 413
        ? 'BODY_TOO_LARGE'
        : status === 400
          ? 'INVALID_ARGUMENT'
          : status < 500
            ? 'BAD_REQUEST'
            : 'INTERNAL'
    const message = error.validation
      ? `请求格式不正确：${error.message}`
      : status < 500
        ? '请求格式不正确'
        : '服务器出错了，请稍后再试'
    return reply.code(status).send(errorBody(code, message))
  })

  app.setNotFoundHandler((_request, reply) => reply.code(404).send(errorBody('NOT_FOUND', '没有这个接口')))

  const tokens = createTokens({ secret: config.sessionSecret, ttlMs: config.sessionTtlMs, realNow })
  const limiter = config.rateLimit ? createRateLimiter(config.rateLimit, realNow) : null
  const inFlight = createInFlight()

  app.register(corsPlugin, { origin: config.h5Origin })
  app.register(accessLogPlugin)
  app.register(healthPlugin, { cloud })
  app.register(sessionsPlugin, { wechat: config.wechat, tokens, limiter, fetch: options.fetch })
  app.register(callPlugin, { cloud, tokens, limiter, bodyLimit: config.callBodyLimit, inFlight })
  if (config.demoMode) app.register(demoPlugin, { cloud, tokens })

  // Graceful shutdown: Fastify stops taking requests (503 on kept-alive connections), then this
  // waits for the calls already running before the database is released.
  app.addHook('onClose', async () => {
    await inFlight.drained()
    await cloud.close?.()
  })
  return app
}
