import { useEffect, useMemo, useState } from 'react'
import { Input, Picker, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { updateProfileInput } from '@/contract/schemas/user'
import type { StreetCommunities } from '@/contract/user'
import { checkForm, type FieldErrors } from '@/lib/check-form'
import { CloudCallError } from '@/lib/cloud'
import { openPage } from '@/lib/navigation'
import { pendingReturn, takeReturn } from '@/lib/return-to'
import { showToast } from '@/lib/toast'
import { fetchCommunities, saveProfile } from '../api'
import { useSession } from '../store'

type ProfileErrors = FieldErrors<'name' | 'phone' | 'communityId'>

interface Option {
  id: string
  label: string
}

function flatten(streets: StreetCommunities[]): Option[] {
  return streets.flatMap((s) => s.communities.map((c) => ({ id: c.id, label: `${s.street} · ${c.name}` })))
}

/** The real-name profile: shown as a summary once filled, edited in place. */
export function ProfileForm() {
  const view = useSession((s) => s.view)
  const apply = useSession((s) => s.apply)
  const privacyAgreed = useSession((s) => s.privacyAgreed)
  const openPrivacy = useSession((s) => s.openPrivacy)
  const profile = view?.profile ?? null
  const [editing, setEditing] = useState(false)
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [communityId, setCommunityId] = useState<string | undefined>(undefined)
  const [errors, setErrors] = useState<ProfileErrors>({})
  const [touched, setTouched] = useState(false)
  const [saving, setSaving] = useState(false)
  const [options, setOptions] = useState<Option[]>([])

  useEffect(() => {
    fetchCommunities().then(
      (s) => setOptions(flatten(s)),
      () => setOptions([]),
    )
  }, [])

  const communityLabel = useMemo(
    () => options.find((o) => o.id === communityId)?.label,
    [options, communityId],
  )

  if (!privacyAgreed) {
    return (
      <View className="card profile">
        <Text className="fs-md">填写实名信息前，请先阅读并同意《隐私保护指引》。</Text>
        <Button className="btn btn--primary profile__action" onClick={openPrivacy}>
          阅读隐私保护指引
        </Button>
      </View>
    )
  }

  if (profile && !editing) {
    const home = options.find((o) => o.id === profile.communityId)?.label
    return (
      <View className="card profile">
        <View className="profile__summary">
          <View className="profile__avatar fs-xl">{profile.name.slice(0, 1)}</View>
          <View className="profile__who">
            <Text className="fs-lg profile__name">{profile.name}</Text>
            <Text className="muted fs-md">{profile.phoneMasked}</Text>
            {home ? <Text className="muted fs-sm">{home}</Text> : null}
          </View>
          <Button
            className="btn btn--ghost btn--small"
            onClick={() => {
              setName(profile.name)
              setPhone('')
              setCommunityId(profile.communityId)
              setErrors({})
              setTouched(false)
              setEditing(true)
            }}
          >
            修改
          </Button>
        </View>
      </View>
    )
  }

  /** A phone left blank while editing keeps the saved one: the cloud changes only what it is sent. */
  const values = (next: { name: string; phone: string }) => ({
    name: next.name,
    phone: profile && next.phone.trim() === '' ? undefined : next.phone,
    communityId,
  })
  const check = (next: { name: string; phone: string }) =>
    touched ? setErrors(checkForm(updateProfileInput, values(next)).errors) : undefined

  const returnTo = profile ? null : pendingReturn()
  const submit = async () => {
    setTouched(true)
    const { output, errors: found } = checkForm(updateProfileInput, values({ name, phone }))
    setErrors(found)
    if (!output) return
    setSaving(true)
    try {
      apply(await saveProfile(output))
      setEditing(false)
      showToast('实名信息已保存', 'success')
      const back = takeReturn()
      if (back) openPage(back.url)
    } catch (err) {
      if (err instanceof CloudCallError) setErrors({ name: err.message })
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="card profile">
      <Text className="fs-lg profile__heading">{profile ? '修改实名信息' : '完善实名信息'}</Text>
      <Text className="muted fs-sm profile__why">报名志愿服务、兑换和预约需要实名；手机号只以掩码显示。</Text>
      {returnTo ? (
        <Text className="notice-bar fs-md" data-testid="profile-return">
          保存后回去完成：{returnTo.label}
        </Text>
      ) : null}
      <View className="field">
        <Text className="field__label fs-md">姓名</Text>
        <Input
          className="field__input"
          name="name"
          placeholder="请输入真实姓名"
          maxlength={20}
          value={name}
          onInput={(e) => {
            setName(e.detail.value)
            check({ name: e.detail.value, phone })
          }}
        />
        {errors.name ? <Text className="field__error fs-sm">{errors.name}</Text> : null}
      </View>
      <View className="field">
        <Text className="field__label fs-md">手机号</Text>
        <Input
          className="field__input"
          name="phone"
          type="number"
          placeholder={profile ? `${profile.phoneMasked}（不改可留空）` : '11 位手机号'}
          maxlength={11}
          value={phone}
          onInput={(e) => {
            setPhone(e.detail.value)
            check({ name, phone: e.detail.value })
          }}
        />
        {errors.phone ? <Text className="field__error fs-sm">{errors.phone}</Text> : null}
      </View>
      <View className="field">
        <Text className="field__label fs-md">所在社区（选填）</Text>
        <Picker
          mode="selector"
          range={options.map((o) => o.label)}
          onChange={(e) => setCommunityId(options[Number(e.detail.value)]?.id)}
        >
          <View className="field__input profile__picker fs-md">{communityLabel ?? '请选择所在社区'}</View>
        </Picker>
      </View>
      <View className="profile__buttons">
        {profile ? (
          <Button className="btn btn--ghost" onClick={() => setEditing(false)}>
            取消
          </Button>
        ) : null}
        <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={submit}>
          保存
        </Button>
      </View>
    </View>
  )
}
