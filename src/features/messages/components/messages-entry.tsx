import { useCallback, useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { openPage } from '@/lib/navigation'
import { fetchUnread } from '../api'
import './messages-entry.scss'

/** The 消息 row on 我的: how many messages are unread, refreshed whenever 我的 shows. */
export function MessagesEntry({ openid }: { openid: string }) {
  const [unread, setUnread] = useState(0)
  const refresh = useCallback(() => {
    fetchUnread().then(setUnread, () => setUnread(0))
  }, [])
  useDidShow(refresh)
  useEffect(refresh, [refresh, openid])
  return (
    <View className="card messages-entry" onClick={() => openPage('/packages/messages/index')}>
      <Text className="fs-md">消息</Text>
      <View className="messages-entry__side">
        {unread > 0 ? (
          <Text className="messages-entry__badge fs-sm" aria-label={`${unread} 条未读`}>
            {unread > 99 ? '99+' : unread}
          </Text>
        ) : (
          <Text className="muted fs-sm">没有未读</Text>
        )}
        <Text className="muted fs-md">›</Text>
      </View>
    </View>
  )
}
