/** Whether this build carries the 演示工具: config/index.ts defines DEMO_TOOLS from `TARO_APP_DEMO` (on unless `0`). */
export const DEMO_ENABLED: boolean = typeof DEMO_TOOLS === 'boolean' ? DEMO_TOOLS : true
