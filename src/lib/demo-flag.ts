/** 演示工具 are built in unless the build says `TARO_APP_DEMO=0` (config/index.ts, app.config.ts). */
export function demoToolsEnabled(flag: string | undefined): boolean {
  return flag?.trim() !== '0'
}

/** Whether this build carries the 演示工具 (the define set by config/index.ts; on when absent). */
export const DEMO_ENABLED: boolean = typeof DEMO_TOOLS === 'boolean' ? DEMO_TOOLS : true
