import type { FastifyReply } from 'fastify'

/** The body of every answer that is not a cloud call's: `{ error: { code, message } }`. */
export const errorBody = (code: string, message: string) => ({ error: { code, message } })

export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' } },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
} as const

export function unauthenticated(reply: FastifyReply): FastifyReply {
  return reply.code(401).send(errorBody('UNAUTHENTICATED', '登录已失效，请重新进入'))
}

export function tooMany(reply: FastifyReply, waitMs: number): FastifyReply {
  return reply
    .code(429)
    .header('retry-after', String(Math.max(1, Math.ceil(waitMs / 1000))))
    .send(errorBody('RATE_LIMITED', '操作太频繁，请稍后再试'))
}
