import { safeParse, type GenericSchema, type InferInput, type InferOutput } from 'valibot'
import { issueMessage } from '@/contract/schemas/common'

/** One Chinese message per field; `form` holds what belongs to no single field. */
export type FieldErrors<K extends string> = Partial<Record<K | 'form', string>>

export type FieldOf<S extends GenericSchema> = Extract<keyof InferInput<S>, string>

/**
 * Checks a form's values with the contract schema its cloud action uses. Each field gets the
 * message of its first failed rule, worded exactly as the cloud would answer it. Pass every field,
 * an empty one as `''` or `undefined`: a key left out gets the generic wording ('缺少…').
 */
export function checkForm<S extends GenericSchema>(
  schema: S,
  values: unknown,
): { output?: InferOutput<S>; errors: FieldErrors<FieldOf<S>> } {
  const result = safeParse(schema, values)
  if (result.success) return { output: result.output, errors: {} }
  const errors: Record<string, string> = {}
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key
    const field = typeof key === 'string' ? key : 'form'
    errors[field] ??= issueMessage(issue)
  }
  return { errors: errors as FieldErrors<FieldOf<S>> }
}
