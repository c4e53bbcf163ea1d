// One log line per answered request, without personal data: the route, the cloud function and
// action (names only), the status and the duration. Never the openid, phone, token, address or body.
import type { FastifyPluginAsync } from 'fastify'

export const accessLogPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        route: request.routeOptions.url ?? 'unmatched',
        call: request.callName ?? undefined,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'answered',
    )
  })
}
;(accessLogPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true
