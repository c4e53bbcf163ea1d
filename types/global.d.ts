/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
  }
}

/** Prefix of every QR link the app shows, e.g. `${QR_LINK_PREFIX}/checkin?c=CODE`. */
declare const QR_LINK_PREFIX: string

/** WeChat subscribe-message template ids, `activity:<id>,ticket:<id>,order:<id>` (src/lib/subscribe.ts). */
declare const SUBSCRIBE_TEMPLATES: string
/** 演示工具 are in the build: config/index.ts sets it from `TARO_APP_DEMO` (on unless `0`), jest sets it true. */
declare const DEMO_TOOLS: boolean

/**
 * The server the app calls (`POST {CLOUD_URL}/api/call`): config/index.ts sets it from `TARO_APP_CLOUD_URL`
 * at build time; empty (the default, and in jest) keeps the mock cloud inside the app.
 */
declare const CLOUD_URL: string
