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
