import { useCallback, useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StorageView } from '@/contract/user'
import { Button } from '@/components/button'
import { showToast } from '@/lib/toast'
import { cleanFinishedPhotos, fetchStorage } from '../api'
import './storage-notice.scss'

/** On 我的, from 80% of the device's storage on: how full it is, what to do, and the clean-up. */
export function StorageNotice() {
  const [space, setSpace] = useState<StorageView | null>(null)
  const [busy, setBusy] = useState(false)
  const refresh = useCallback(() => {
    fetchStorage().then(setSpace, () => setSpace(null))
  }, [])
  useDidShow(refresh)
  useEffect(refresh, [refresh])
  if (!space?.warning) return null
  const clean = () => {
    setBusy(true)
    cleanFinishedPhotos()
      .then((result) => {
        showToast(`已清理 ${result.removed} 条已办结反映的照片`)
        setSpace(result)
      })
      .catch(() => undefined)
      .finally(() => setBusy(false))
  }
  return (
    <View className="card notice-bar storage-notice" role="alert">
      <Text className="fs-md">{space.warning}</Text>
      {space.cleanableReports > 0 ? (
        <Button className="btn btn--ghost" loading={busy} onClick={clean}>
          清理已办结反映的照片
        </Button>
      ) : null}
    </View>
  )
}
