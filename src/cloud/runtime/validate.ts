import * as v from 'valibot'

import { CloudError } from './errors'

const LABELS: Record<string, string> = {
  name: '姓名',
  phone: '手机号',
  communityId: '所在社区',
  inviteCode: '邀请码',
  elderMode: '长辈模式',
  street: '街道',
  id: '编号',
  cursor: '分页位置',
  limit: '每页条数',
}

const CHINESE = /[\u4e00-\u9fff]/

function describe(issue: v.BaseIssue<unknown>): string {
  if (CHINESE.test(issue.message)) return issue.message
  const key = issue.path?.map((item) => String(item.key)).join('.')
  const label = (key && LABELS[key]) || key || '请求内容'
  const requirement = String(issue.requirement)
  if (issue.kind === 'schema') return issue.input === undefined ? `缺少${label}` : `${label}的类型不正确`
  switch (issue.type) {
    case 'min_length':
      return `${label}至少需要 ${requirement} 个字`
    case 'max_length':
      return `${label}最多 ${requirement} 个字`
    case 'min_value':
      return `${label}不能小于 ${requirement}`
    case 'max_value':
      return `${label}不能大于 ${requirement}`
    case 'integer':
      return `${label}必须是整数`
    default:
      return `${label}的格式不正确`
  }
}

/** Validates `data` against an action's schema; a failure is INVALID_ARGUMENT naming the field in Chinese. */
export function parseInput<T>(schema: v.GenericSchema<unknown, T>, data: unknown): T {
  const result = v.safeParse(schema, data)
  if (result.success) return result.output
  throw new CloudError('INVALID_ARGUMENT', describe(result.issues[0]))
}

export const pageQuery = {
  cursor: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
}

export const emptyInput = v.object({})
