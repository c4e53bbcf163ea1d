import { COUNCIL_CATEGORIES } from '../../../contract/council'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'

/** `council.categories` {} → `[{ id, name }]` (停车, 垃圾分类, 环境卫生, 安全, 养老托幼, 文体活动, 其他). Errors: INTERNAL only. */
export const categories = defineAction({
  input: emptyInput,
  async handler() {
    return COUNCIL_CATEGORIES
  },
})
