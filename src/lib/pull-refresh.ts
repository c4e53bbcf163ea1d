import Taro, { usePullDownRefresh } from '@tarojs/taro'

/** Pull-to-refresh on pages whose config sets `enablePullDownRefresh`; stops the spinner when done. */
export function usePullRefresh(refresh: () => Promise<unknown>): void {
  usePullDownRefresh(() => {
    void refresh().finally(() => {
      void Promise.resolve(Taro.stopPullDownRefresh()).catch(() => undefined)
    })
  })
}
