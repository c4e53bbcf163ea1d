// CORS for the one configured H5 origin only; preflight (OPTIONS) answered here. No origin
// configured: no CORS headers, preflights refused. Registered without encapsulation so its hook
// covers every route.
import type { FastifyPluginAsync } from 'fastify'

export const corsPlugin: FastifyPluginAsync<{ origin?: string }> = async (app, { origin }) => {
  const allowed = (value: unknown): value is string => origin !== undefined && value === origin

  app.addHook('onRequest', async (request, reply) => {
    if (origin === undefined) return
    reply.header('vary', 'Origin')
    if (allowed(request.headers.origin)) reply.header('access-control-allow-origin', origin)
  })

  app.options('*', async (request, reply) => {
    if (!allowed(request.headers.origin)) return reply.code(403).send()
    return reply
      .code(204)
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', '600')
      .send()
  })
}
;(corsPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true
