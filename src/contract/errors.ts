export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNKNOWN_ACTION',
  'PROFILE_REQUIRED',
  'PERMISSION_DENIED',
  'NOT_FOUND',
  'CONFLICT',
  'QUOTA_EXCEEDED',
  'INSUFFICIENT_POINTS',
  'EXPIRED',
  'WINDOW_CLOSED',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  INVALID_ARGUMENT: '填写的内容有误，请检查后重试',
  UNKNOWN_ACTION: '暂不支持该操作',
  PROFILE_REQUIRED: '请先在「我的」完善实名信息（姓名和手机号）',
  PERMISSION_DENIED: '没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '该操作已完成，无需重复',
  QUOTA_EXCEEDED: '名额或库存已满',
  INSUFFICIENT_POINTS: '可用积分不足',
  EXPIRED: '已过期，请刷新后重试',
  WINDOW_CLOSED: '不在可操作的时间范围内',
  INTERNAL: '系统开小差了，请稍后再试',
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}
