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

/** Back to the page that opened this one, when there is one (a page opened cold stays). */
export function goBackIfOpened(): void {
  if (Taro.getCurrentPages().length > 1) goBack()
}

/** 长辈模式 reaches what lives outside the page (H5's tab bar and navigation bar) through <body>. */
export function markBodyElder(on: boolean): void {
  if (process.env.TARO_ENV === 'h5') document.body.classList.toggle('elder', on)
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
