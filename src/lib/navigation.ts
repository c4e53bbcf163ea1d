import Taro from '@tarojs/taro'

export function openPage(url: string): void {
  void Taro.navigateTo({ url })
}

export function openTab(url: string): void {
  void Taro.switchTab({ url })
}

export function goBack(): void {
  void Taro.navigateBack()
}

export function reloadApp(url = '/pages/home/index'): void {
  void Taro.reLaunch({ url })
}

/** Hides the tab bar while a full-screen sheet is open; a page without a tab bar just ignores it. */
export function setTabBarHidden(hidden: boolean): void {
  const call = hidden ? Taro.hideTabBar : Taro.showTabBar
  try {
    void Promise.resolve(call({ animation: false })).catch(() => undefined)
  } catch {
    // not a tab page
  }
}

/** Replaces the current page (a finished form is not kept in the back stack). */
export function replacePage(url: string): void {
  void Taro.redirectTo({ url })
}

export function setPageTitle(title: string): void {
  void Taro.setNavigationBarTitle({ title }).catch(() => undefined)
}
