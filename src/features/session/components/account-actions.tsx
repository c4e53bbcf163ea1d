import { Switch, Text, View } from '@tarojs/components'
import { openPage } from '@/lib/navigation'
import { confirmDialog, showToast } from '@/lib/toast'
import { removeAccount } from '../api'
import { useSession } from '../store'

export function ElderModeSwitch() {
  const elder = useSession((s) => s.elderMode)
  const setElderMode = useSession((s) => s.setElderMode)
  return (
    <View className="card settings-row">
      <View className="settings-row__text">
        <Text className="fs-lg">长辈模式</Text>
        <Text className="muted fs-sm">字号更大，看得更清楚</Text>
      </View>
      <Switch
        className="elder-switch"
        checked={elder}
        color="#c0392b"
        onChange={(e) => void setElderMode(e.detail.value)}
      />
    </View>
  )
}

export function AccountLinks() {
  const load = useSession((s) => s.load)
  const hasProfile = useSession((s) => Boolean(s.view?.profile))
  const remove = async () => {
    const ok = await confirmDialog(
      '注销账号',
      '注销后将删除您的姓名、手机号、身份和偏好设置；积分记录会匿名保留用于对账。确定注销吗？',
      '注销',
    )
    if (!ok) return
    await removeAccount()
    await load()
    showToast('账号已注销')
  }
  return (
    <View className="card links">
      <View className="links__row" onClick={() => openPage('/packages/info/privacy/index')}>
        <Text className="fs-md">隐私保护指引</Text>
        <Text className="muted fs-md">›</Text>
      </View>
      {hasProfile ? (
        <View className="links__row" onClick={() => void remove()}>
          <Text className="fs-md links__danger">注销账号</Text>
          <Text className="muted fs-md">›</Text>
        </View>
      ) : null}
    </View>
  )
}

/** The one way into 演示工具 (its own page); a build with `TARO_APP_DEMO=0` has neither. */
export function DemoEntry() {
  if (!DEMO_TOOLS) return null
  return (
    <View className="card links demo-entry">
      <View className="links__row" data-testid="demo-entry" onClick={() => openPage('/packages/demo/index')}>
        <View className="demo-entry__text">
          <Text className="fs-md">演示工具</Text>
          <Text className="muted fs-sm">切换身份、快进时间、重置数据（仅供体验）</Text>
        </View>
        <Text className="tag demo-entry__tag fs-sm">演示</Text>
      </View>
    </View>
  )
}
