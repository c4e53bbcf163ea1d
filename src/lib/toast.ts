import Taro from '@tarojs/taro'

export function showToast(title: string, icon: 'none' | 'success' | 'error' = 'none'): void {
  void Taro.showToast({ title, icon, duration: 2200 })
}

export async function confirmDialog(
  title: string,
  content: string,
  confirmText = '确定',
  cancelText = '取消',
): Promise<boolean> {
  const res = await Taro.showModal({
    title,
    content,
    confirmText,
    cancelText,
    confirmColor: '#c0392b',
  })
  return res.confirm
}
