// GET /healthz → 200 when the cloud's database answers, 503 otherwise.
import type { FastifyPluginAsync } from 'fastify'

import type { ServerCloud } from '../cloud'
import { errorBody } from '../errors'

export const healthPlugin: FastifyPluginAsync<{ cloud: ServerCloud }> = async (app, { cloud }) => {
  app.get('/healthz', async (_request, reply) => {
    try {
      await cloud.ping?.()
      return { status: 'ok' }
    } catch {
      return reply.code(503).send(errorBody('UNAVAILABLE', 'database not answering'))
    }
  })
}
