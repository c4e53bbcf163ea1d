import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { DEMO_IDENTITIES } from '@/contract/demo'
import { nextConcertCheck } from '@/contract/events'
import { resetCloud, serverMode, syncDemoClock } from '@/lib/cloud'
import { clockOffset, currentOpenid, demoNow, moveClock, resetClock, switchIdentity } from '@/lib/demo'
import { formatDateTime } from '@/lib/time'
import { confirmDialog, showToast } from '@/lib/toast'
import { useSession } from '../store'

const HOUR = 3_600_000

/**
 * 演示工具: one device plays every role, moves the mock clock and resets the demo data. In server mode
 * (TARO_APP_CLOUD_URL) an identity is a demo session, and the clock and the reset are the server's.
 */
export function DemoTools() {
  const load = useSession((s) => s.load)
  const [openid, setOpenid] = useState(currentOpenid())
  const [, setTick] = useState(0)
  const offset = clockOffset()

  const pick = async (next: string) => {
    switchIdentity(next)
    setOpenid(next)
    await load()
    showToast(`已切换为「${DEMO_IDENTITIES.find((d) => d.openid === next)?.label ?? ''}」`)
  }
  const shift = async (ms: number | null) => {
    if (ms === null) resetClock()
    else moveClock(ms)
    setTick((t) => t + 1)
    await syncDemoClock(clockOffset())
  }
  const toGrapeSeason = async () => {
    const now = demoNow()
    const { at, index } = nextConcertCheck(now)
    const offset = moveClock(at - now)
    setTick((t) => t + 1)
    await syncDemoClock(offset)
    showToast(`第${index + 1}场音乐会 19:00 开场，现可核验入场`)
  }
  const reset = async () => {
    if (
      !(await confirmDialog(
        '重置演示数据',
        '所有演示账号的资料、积分和记录将恢复为初始状态，确定吗？',
        '重置',
      ))
    )
      return
    try {
      await resetCloud()
    } catch {
      return // resetCloud showed why
    }
    resetClock()
    await syncDemoClock(0)
    await load()
    setTick((t) => t + 1)
    showToast('演示数据已重置', 'success')
  }

  return (
    <View className="card demo-tools">
      <Text className="fs-lg demo-tools__heading">演示工具</Text>
      <Text className="muted fs-sm">
        {serverMode
          ? '数据保存在演示服务器上，各台手机共用；调整时间和重置演示数据对所有手机生效。'
          : '数据保存在本机，用下面的工具在一台手机上体验所有角色。'}
      </Text>
      <Text className="demo-tools__label fs-md">当前身份</Text>
      <View className="demo-tools__identities">
        {DEMO_IDENTITIES.map((d) => (
          <Button
            key={d.openid}
            className={`btn btn--small ${d.openid === openid ? 'btn--primary' : 'btn--ghost'}`}
            data-openid={d.openid}
            onClick={() => void pick(d.openid)}
          >
            {d.label}
          </Button>
        ))}
      </View>
      <Text className="demo-tools__label fs-md">
        模拟时间：{formatDateTime(demoNow())}
        {offset !== 0 ? '（已调整）' : ''}
      </Text>
      <View className="demo-tools__identities">
        <Button className="btn btn--ghost btn--small" onClick={() => void shift(HOUR)}>
          快进 1 小时
        </Button>
        <Button className="btn btn--ghost btn--small" onClick={() => void shift(24 * HOUR)}>
          快进 1 天
        </Button>
        <Button className="btn btn--ghost btn--small" onClick={() => void shift(null)}>
          回到现在
        </Button>
        <Button
          className="btn btn--ghost btn--small"
          data-testid="to-grape-season"
          onClick={() => void toGrapeSeason()}
        >
          跳到葡萄音乐季
        </Button>
      </View>
      <Button className="btn btn--ghost demo-tools__reset" onClick={() => void reset()}>
        重置演示数据
      </Button>
    </View>
  )
}
