import { newRequestId } from '@/lib/request-id'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PhotoPicker } from '@/components/photo-picker'
import { GRID_RULES as R, type GridCategory, type ReportInput, type Ticket } from '@/contract/grid'
import { reportFormInput } from '@/contract/schemas/grid'
import type { StreetCommunities } from '@/contract/user'
import { checkForm, type FieldErrors } from '@/lib/check-form'
import { CloudCallError, call, errorMessage } from '@/lib/cloud'
import { locate } from '@/lib/location'
import { ErrorState, Loading } from '@/components/state-view'
import { fetchCategories, submitReport } from '../api'
import './grid.scss'
import { askToSubscribe } from '@/lib/subscribe'

export interface ReporterProfile {
  phoneMasked: string
  communityId?: string
}

const SHOWN = ['category', 'description', 'address', 'phone', 'communityId'] as const
type Errors = FieldErrors<(typeof SHOWN)[number]>

/** The report's rules, from the cloud's own schema: one message per field shown, the rest under the form. */
function checkReport(values: Record<string, unknown>): { input?: ReportInput; errors: Errors } {
  const { output, errors: found } = checkForm(reportFormInput, values)
  const errors: Errors = {}
  for (const [key, message] of Object.entries(found)) {
    const field = (SHOWN as readonly string[]).includes(key) ? (key as keyof Errors) : 'form'
    errors[field] ??= message
  }
  return { input: output, errors }
}

/** The report form: category first, then the description, photos, place, anonymity and contact phone. */
export function ReportForm({ profile, onDone }: { profile: ReporterProfile; onDone: (t: Ticket) => void }) {
  const [categories, setCategories] = useState<GridCategory[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [communities, setCommunities] = useState<{ id: string; label: string }[]>([])
  const [category, setCategory] = useState<string | undefined>(undefined)
  const [description, setDescription] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [address, setAddress] = useState('')
  const [location, setLocation] = useState<ReportInput['location']>(undefined)
  const [anonymous, setAnonymous] = useState(false)
  const [otherPhone, setOtherPhone] = useState<string | null>(null)
  const [communityId, setCommunityId] = useState(profile.communityId)
  const [tried, setTried] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const requestId = useRef(newRequestId())

  const load = () => {
    setLoadError(null)
    fetchCategories().then(setCategories, (err) => setLoadError(errorMessage(err)))
  }
  useEffect(() => {
    load()
    if (!profile.communityId) {
      call('user', 'communities', {}).then(
        (streets: StreetCommunities[]) =>
          setCommunities(
            streets.flatMap((s) =>
              s.communities.map((c) => ({ id: c.id, label: `${s.street} · ${c.name}` })),
            ),
          ),
        () => setCommunities([]),
      )
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const chosen = useMemo(() => categories?.find((c) => c.id === category), [categories, category])
  useEffect(
    () => setFormError(null),
    [category, description, photos, address, location, anonymous, otherPhone, communityId],
  )

  if (loadError) return <ErrorState message={loadError} onRetry={load} />
  if (!categories) return <Loading />

  const { input, errors: found } = checkReport({
    category,
    communityId,
    description,
    address,
    location,
    photos: photos.length > 0 ? photos : undefined,
    anonymous,
    phone: anonymous || otherPhone === null ? undefined : otherPhone,
    requestId: requestId.current,
  })
  const errors: Errors = tried ? found : {}
  const problem = formError ?? errors.form

  const submit = async () => {
    setTried(true)
    setFormError(null)
    if (!input) return
    setSaving(true)
    try {
      onDone(await submitReport(input))
      void askToSubscribe('ticket')
    } catch (err) {
      if (err instanceof CloudCallError) setFormError(err.message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="report">
      <Text className="section-title fs-lg">1. 选择问题类别</Text>
      <View className="card report__categories">
        {categories.map((c) => (
          <View
            key={c.id}
            className={`report__category ${c.id === category ? 'report__category--on' : ''}`}
            data-category={c.id}
            onClick={() => setCategory(c.id)}
          >
            <Text className="fs-md report__category-name">{c.name}</Text>
            <Text className="fs-sm report__category-hours">{c.hours} 小时内办结</Text>
          </View>
        ))}
        {errors.category ? <Text className="field__error fs-sm">{errors.category}</Text> : null}
      </View>
      {chosen ? (
        <Text className="muted fs-sm report__promise">
          「{chosen.name}」类问题承诺 {chosen.hours} 小时内办结，超时会在工作人员的待办中标红。
        </Text>
      ) : null}

      <Text className="section-title fs-lg">2. 描述问题</Text>
      <View className="card">
        <View className="field">
          <Textarea
            className="field__input report__desc fs-md"
            name="description"
            placeholder="说说发生了什么、持续多久了"
            maxlength={R.descriptionMax}
            value={description}
            onInput={(e) => setDescription(e.detail.value)}
          />
          <Text
            className={`fs-sm report__counter ${description.length > R.descriptionMax ? 'report__counter--over' : ''}`}
          >
            {description.length}/{R.descriptionMax}
          </Text>
          {errors.description ? <Text className="field__error fs-sm">{errors.description}</Text> : null}
        </View>
        <Text className="field__label fs-md">照片（选填，最多 {R.photosMax} 张）</Text>
        <PhotoPicker photos={photos} onChange={setPhotos} max={R.photosMax} maxChars={R.photoMaxChars} />
      </View>

      <Text className="section-title fs-lg">3. 地点</Text>
      <View className="card">
        {!profile.communityId ? (
          <View className="field">
            <Text className="field__label fs-md">所在社区</Text>
            <Picker
              mode="selector"
              range={communities.map((c) => c.label)}
              onChange={(e) => setCommunityId(communities[Number(e.detail.value)]?.id)}
            >
              <View className="field__input report__picker fs-md">
                {communities.find((c) => c.id === communityId)?.label ?? '请选择问题所在社区'}
              </View>
            </Picker>
            {errors.communityId ? <Text className="field__error fs-sm">{errors.communityId}</Text> : null}
          </View>
        ) : null}
        <View className="field">
          <Text className="field__label fs-md">详细地址</Text>
          <Input
            className="field__input"
            name="address"
            placeholder="如：新华路 12 号院 3 号楼东侧"
            maxlength={R.addressMax}
            value={address}
            onInput={(e) => setAddress(e.detail.value)}
          />
          {errors.address ? <Text className="field__error fs-sm">{errors.address}</Text> : null}
        </View>
        <View className="report__row">
          <Text className="fs-md">
            {location
              ? `已附位置 ${location.lat.toFixed(4)}, ${location.lng.toFixed(4)}`
              : '附上当前位置（选填）'}
          </Text>
          <Button
            className="btn btn--ghost btn--small"
            onClick={async () => {
              if (location) return setLocation(undefined)
              const here = await locate()
              if (here) setLocation(here)
              else setFormError('没能获取位置，可只填写地址')
            }}
          >
            {location ? '移除' : '获取位置'}
          </Button>
        </View>
      </View>

      <Text className="section-title fs-lg">4. 联系方式</Text>
      <View className="card">
        <View className="report__row">
          <View className="report__col">
            <Text className="fs-md">匿名反映</Text>
            <Text className="muted fs-sm">工作人员看不到你的姓名和电话</Text>
          </View>
          <Switch checked={anonymous} color="#c0392b" onChange={(e) => setAnonymous(e.detail.value)} />
        </View>
        {!anonymous ? (
          otherPhone === null ? (
            <View className="report__row">
              <Text className="fs-md">联系电话 {profile.phoneMasked}</Text>
              <Text className="report__link fs-sm" onClick={() => setOtherPhone('')}>
                换个号码
              </Text>
            </View>
          ) : (
            <View className="field">
              <Input
                className="field__input"
                name="phone"
                type="number"
                maxlength={11}
                placeholder="11 位手机号"
                value={otherPhone}
                onInput={(e) => setOtherPhone(e.detail.value)}
              />
              {errors.phone ? <Text className="field__error fs-sm">{errors.phone}</Text> : null}
            </View>
          )
        ) : null}
      </View>

      {problem ? <Text className="field__error fs-sm report__form-error">{problem}</Text> : null}
      <View className="report__submit">
        <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={submit}>
          提交反映
        </Button>
      </View>
    </View>
  )
}
