import { useEffect } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { openPage, setTabBarHidden } from '@/lib/navigation'
import { useSession } from '../store'
import './privacy-sheet.scss'

export function PrivacySheet() {
  const open = useSession((s) => s.privacyPrompt)
  const agree = useSession((s) => s.agreePrivacy)
  const decline = useSession((s) => s.declinePrivacy)
  useEffect(() => {
    if (!open) return
    setTabBarHidden(true)
    return () => setTabBarHidden(false)
  }, [open])
  useDidShow(() => {
    if (useSession.getState().privacyPrompt) setTabBarHidden(true)
  })
  if (!open) return null
  return (
    <View className="privacy-mask">
      <View className="privacy-sheet" role="dialog" aria-label="隐私保护指引">
        <Text className="privacy-sheet__title fs-lg">任城邻里隐私保护指引</Text>
        <Text className="privacy-sheet__body fs-md">
          为了让您报名志愿活动、累计信用积分和兑换商品，我们需要收集您的姓名和手机号。手机号只以「139****5678」的形式显示，
          姓名仅您本人和组织活动的社区工作人员可见；匿名反映的问题不会向任何人显示反映人。您可以随时在「我的」中注销账号。
        </Text>
        <Text className="privacy-sheet__link fs-sm" onClick={() => openPage('/packages/info/privacy/index')}>
          查看完整的《隐私保护指引》
        </Text>
        <View className="privacy-sheet__actions">
          <Button className="btn btn--ghost" onClick={decline}>
            暂不同意
          </Button>
          <Button
            className="btn btn--primary"
            id="privacy-agree"
            openType="agreePrivacyAuthorization"
            onClick={agree}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}
