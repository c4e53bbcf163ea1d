import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { Chip } from '@/components/filter-chips'
import type { Estate } from '@/contract/property'
import type { LoginView } from '@/contract/user'
import { errorMessage } from '@/lib/cloud'
import { openPage } from '@/lib/navigation'
import { saveEstate } from '../api'
import { lastEndedMonth } from '../month'
import './property.scss'

/**
 * 我的小区: the resident's 小区 and its company (去评分, 收支公开), and a picker that saves it and
 * hands the new session view to `onSaved` (the page owns the session); without a real-name profile
 * it says what to do instead.
 */
export function MyEstate({
  estates,
  estateId,
  profile,
  onSaved,
  onProfile,
}: {
  estates: Estate[]
  estateId?: string
  profile: boolean
  onSaved: (view: LoginView) => void
  onProfile: () => void
}) {
  const mine = estates.find((e) => e.id === estateId)
  const [picking, setPicking] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const pick = async (id: string) => {
    setBusy(id)
    setError(null)
    try {
      onSaved(await saveEstate(id))
      setPicking(false)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }
  return (
    <View className="card pm-section" data-testid="my-estate">
      <Text className="fs-lg pm-strong">我的小区</Text>
      {mine ? (
        <>
          <Text className="fs-md" data-testid="my-estate-name">
            {mine.name} · {mine.community}
          </Text>
          <Text className="muted fs-sm">物业：{mine.company}</Text>
          <View className="pm-buttons">
            <Button
              className="btn btn--primary"
              onClick={() => openPage(`/packages/property/score/index?companyId=${mine.companyId}`)}
            >
              去评分
            </Button>
            <Button
              className="btn btn--ghost"
              onClick={() =>
                openPage(`/packages/property/accounts/index?estateId=${mine.id}&month=${lastEndedMonth()}`)
              }
            >
              收支公开
            </Button>
          </View>
        </>
      ) : (
        <Text className="muted fs-md">选择你住的小区后，可以给它的物业评分、查看物业费收支。</Text>
      )}
      {!profile ? (
        <>
          <Text className="muted fs-sm">评分需要实名信息（姓名和手机号），邻居和物业看不到你是谁。</Text>
          <Button className="btn btn--ghost" onClick={onProfile}>
            去「我的」完善信息
          </Button>
        </>
      ) : picking ? (
        <View className="pm-chips" data-testid="estate-picker">
          {estates.map((e) => (
            <Chip key={e.id} on={e.id === estateId} onClick={() => (busy ? undefined : void pick(e.id))}>
              {e.name}（{e.community}）
            </Chip>
          ))}
        </View>
      ) : (
        <Button className="btn btn--ghost" onClick={() => setPicking(true)}>
          {mine ? '更换小区' : '选择我的小区'}
        </Button>
      )}
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
    </View>
  )
}

/** Staff of a served community: 记录加分/扣分 and each of its 小区's accounts to confirm. */
export function StaffLinks({ estates, month }: { estates: Estate[]; month: string }) {
  return (
    <View className="card" data-testid="staff-links">
      <View className="pm-row" onClick={() => openPage('/packages/property/staff/index')}>
        <Text className="fs-md">记录物业加分 / 扣分</Text>
        <Text className="muted fs-md">›</Text>
      </View>
      {estates.map((e) => (
        <View
          key={e.id}
          className="pm-row"
          onClick={() => openPage(`/packages/property/accounts/index?estateId=${e.id}&month=${month}`)}
        >
          <Text className="fs-md">{e.name} · 收支核对确认</Text>
          <Text className="muted fs-md">›</Text>
        </View>
      ))}
    </View>
  )
}
