/** WeChat shares a page to a chat (Button openType="share"); a browser has no such thing, so H5 hides it. */
export const canShare = process.env.TARO_ENV !== 'h5'
