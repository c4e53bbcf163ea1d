import * as v from 'valibot'

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

/**
 * The Chinese words for a failed rule: the schema's own message, else one naming the field. The
 * cloud answers INVALID_ARGUMENT with it and the forms show it, so both say the same thing.
 */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
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

const REQUEST = '请求编号需为 8–64 个字符'

/** The idempotency key of a write (`redeem`, `book`, `bookShuttle`, `report`). */
export const requestId = v.pipe(v.string('缺少请求编号'), v.minLength(8, REQUEST), v.maxLength(64, REQUEST))
