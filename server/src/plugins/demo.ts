// Demo mode only (buildServer registers this plugin only then, so these routes are 404 otherwise):
// sessions for any `demo-…` openid, the demo clock, and reloading the seed.
import type { FastifyPluginAsync } from 'fastify'

import type { ServerCloud } from '../cloud'
import { errorBody, errorSchema } from '../errors'
import type { TokenSigner } from '../token'
import { tokenReply } from './sessions'

export interface DemoPluginOptions {
  cloud: ServerCloud
  tokens: TokenSigner
}

/** ±100 years around 1970..2170 in ms — any instant a demo needs, none that overflows a Date. */
const MAX_MS = 6_300_000_000_000

const clockReply = {
  type: 'object',
  required: ['nowMs', 'mode'],
  properties: {
    nowMs: { type: 'number' },
    mode: { type: 'string', enum: ['offset', 'held'] },
    offsetMs: { type: 'number' },
    atMs: { type: 'number' },
  },
} as const

export const demoPlugin: FastifyPluginAsync<DemoPluginOptions> = async (app, { cloud, tokens }) => {
  app.post<{ Body: { openid: string } }>(
    '/api/session/demo',
    {
      schema: {
        body: {
          type: 'object',
          required: ['openid'],
          properties: { openid: { type: 'string', pattern: '^demo-[a-z0-9-]{1,40}$' } },
        },
        response: { 200: tokenReply },
      },
    },
    async (request) => {
      request.callName = 'session.demo'
      return { token: tokens.sign(request.body.openid) }
    },
  )

  app.post<{ Body: { offsetMs?: number; atMs?: number } }>(
    '/api/demo/clock',
    {
      schema: {
        body: {
          type: 'object',
          properties: {
            offsetMs: { type: 'integer', minimum: -MAX_MS, maximum: MAX_MS },
            atMs: { type: 'integer', minimum: 0, maximum: MAX_MS },
          },
        },
        response: { 200: clockReply, 400: errorSchema },
      },
    },
    async (request, reply) => {
      request.callName = 'demo.clock'
      const { offsetMs, atMs } = request.body
      if ((offsetMs === undefined) === (atMs === undefined))
        return reply.code(400).send(errorBody('INVALID_ARGUMENT', '请给出 offsetMs 或 atMs 之一'))
      if (atMs !== undefined) cloud.clock.holdAt(atMs)
      else cloud.clock.setOffset(offsetMs as number)
      return { nowMs: cloud.clock.now(), ...cloud.clock.current }
    },
  )

  app.post(
    '/api/demo/reset',
    { schema: { response: { 200: { type: 'object', properties: { reset: { type: 'boolean' } } } } } },
    async (request) => {
      request.callName = 'demo.reset'
      await cloud.reset()
      return { reset: true }
    },
  )
}
