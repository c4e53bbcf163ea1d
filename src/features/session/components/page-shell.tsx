import { type PropsWithChildren, useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { markBodyElder } from '@/lib/navigation'
import { useEnsureSession, useSession } from '../store'
import { PrivacySheet } from './privacy-sheet'

/**
 * Every page's root: large type for 长辈模式, the one-time recovery notice and the privacy sheet
 * (not over the full guide itself, which has its own agree button).
 */
export function PageShell({
  children,
  className = '',
  privacySheet = true,
}: PropsWithChildren<{ className?: string; privacySheet?: boolean }>) {
  useEnsureSession()
  const elder = useSession((s) => s.elderMode)
  const notice = useSession((s) => s.notice)
  const dismiss = useSession((s) => s.dismissNotice)
  useEffect(() => {
    markBodyElder(elder)
  }, [elder])
  return (
    <View className={`page ${elder ? 'elder' : ''} ${className}`}>
      {notice ? (
        <View className="notice-bar" role="alert" onClick={dismiss}>
          <Text className="fs-sm">{notice}</Text>
          <Text className="notice-bar__close fs-sm">知道了</Text>
        </View>
      ) : null}
      {children}
      {privacySheet ? <PrivacySheet /> : null}
    </View>
  )
}
