import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { bindRoleInput } from '@/contract/schemas/user'
import { checkForm } from '@/lib/check-form'
import { CloudCallError } from '@/lib/cloud'
import { showToast } from '@/lib/toast'
import { bindInviteCode } from '../api'
import { useSession } from '../store'

export function RoleBinding() {
  const view = useSession((s) => s.view)
  const apply = useSession((s) => s.apply)
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const { output, errors } = checkForm(bindRoleInput, { inviteCode: code })
    if (!output) return setError(errors.inviteCode ?? errors.form ?? null)
    setBusy(true)
    setError(null)
    try {
      apply(await bindInviteCode(output.inviteCode))
      setCode('')
      showToast('身份绑定成功', 'success')
    } catch (err) {
      if (err instanceof CloudCallError) setError(err.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="card roles">
      <Text className="fs-lg roles__heading">我的身份</Text>
      <View className="roles__tags">
        <Text className="tag">居民</Text>
        {view?.staff ? (
          <Text className="tag" data-role="staff">
            社区工作人员 · {view.staff.street}
            {view.staff.community}
          </Text>
        ) : null}
        {view?.clerk ? (
          <Text className="tag" data-role="clerk">
            店员 · {view.clerk.shopName}
          </Text>
        ) : null}
        {[
          view?.adviser?.title,
          view?.property && `物业 · ${view.property.company}`,
          view?.employer && `用工方 · ${view.employer.name}`,
        ].map((t) =>
          t ? (
            <Text className="tag" key={t}>
              {t}
            </Text>
          ) : null,
        )}
      </View>
      <View className="roles__bind">
        <Input
          className="field__input roles__input"
          name="inviteCode"
          placeholder="输入社区或商户提供的邀请码"
          value={code}
          onInput={(e) => setCode(e.detail.value)}
        />
        <Button className="btn btn--primary btn--small" loading={busy} disabled={busy} onClick={submit}>
          绑定
        </Button>
      </View>
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
    </View>
  )
}
