import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { Chip } from '@/components/filter-chips'
import { EMPLOYER_KINDS, GIG_RULES as R, type Employer, type EmployerKind } from '@/contract/gigs'
import type { StreetCommunities } from '@/contract/user'
import { applyEmployerInput } from '@/contract/schemas/gigs'
import { checkForm } from '@/lib/check-form'
import { applyEmployer } from '../api'
import { useWrite } from '@/lib/use-load'
import { CommunityPicker } from './community-picker'
import './gigs.scss'

/** The form's checks: the cloud's own schema, so its words are the cloud's. */
export function checkEmployer(v: {
  name: string
  kind?: EmployerKind
  communityId?: string
  contact: string
}) {
  return checkForm(applyEmployerInput, { ...v, name: v.name.trim(), communityId: v.communityId ?? '' }).errors
}

/** 申请成为用工方: name, shop / company / household, community, the business line; staff approve. */
export function EmployerForm({
  streets,
  communityId: home,
  onDone,
}: {
  streets: StreetCommunities[]
  communityId?: string
  onDone: (e: Employer) => void
}) {
  const [name, setName] = useState('')
  const [kind, setKind] = useState<EmployerKind | undefined>(undefined)
  const [communityId, setCommunityId] = useState<string | undefined>(home)
  const [contact, setContact] = useState('')
  const [tried, setTried] = useState(false)
  const { busy, error, run } = useWrite()
  const errors = tried ? checkEmployer({ name, kind, communityId, contact }) : {}
  const submit = async () => {
    setTried(true)
    if (Object.keys(checkEmployer({ name, kind, communityId, contact })).length > 0) return
    const done = await run('apply', () =>
      applyEmployer({ name: name.trim(), kind: kind!, communityId: communityId!, contact: contact.trim() }),
    )
    if (done) onDone(done)
  }
  return (
    <View className="card gg-section" data-testid="employer-form">
      <Text className="fs-md gg-strong">申请成为用工方</Text>
      <Text className="muted fs-sm">商户、企业或家庭都可以申请，社区审核通过后即可发布招工。</Text>
      <View className="field">
        <Text className="field__label fs-md">名称</Text>
        <Input
          className="field__input"
          name="name"
          placeholder="店铺、单位名称，家庭可填「王家」"
          maxlength={R.nameMax}
          value={name}
          onInput={(e) => setName(e.detail.value)}
        />
        {errors.name ? <Text className="field__error fs-sm">{errors.name}</Text> : null}
      </View>
      <View className="field">
        <Text className="field__label fs-md">类型</Text>
        <View className="gg-chips">
          {EMPLOYER_KINDS.map((k) => (
            <Chip key={k.id} on={kind === k.id} onClick={() => setKind(k.id)}>
              {k.name}
            </Chip>
          ))}
        </View>
        {errors.kind ? <Text className="field__error fs-sm">{errors.kind}</Text> : null}
      </View>
      <View className="field">
        <Text className="field__label fs-md">所在社区</Text>
        <View className="gg-chips">
          <CommunityPicker streets={streets} value={communityId} onChange={setCommunityId} />
        </View>
        {errors.communityId ? <Text className="field__error fs-sm">{errors.communityId}</Text> : null}
      </View>
      <View className="field">
        <Text className="field__label fs-md">联系电话（店铺或单位）</Text>
        <Input
          className="field__input"
          name="contact"
          type="text"
          placeholder="如 0537-1234567，只给录用的师傅看"
          maxlength={20}
          value={contact}
          onInput={(e) => setContact(e.detail.value)}
        />
        {errors.contact ? <Text className="field__error fs-sm">{errors.contact}</Text> : null}
      </View>
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        提交申请
      </Button>
    </View>
  )
}
