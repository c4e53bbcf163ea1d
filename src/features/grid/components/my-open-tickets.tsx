import { useCallback, useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Ticket } from '@/contract/grid'
import { openPage } from '@/lib/navigation'
import { fetchMyTickets } from '../api'
import { StatusTag } from './status-tag'
import './my-open-tickets.scss'

const OPEN = ['submitted', 'accepted', 'dispatched', 'resolved', 'reopened']

/** 我的: the resident's tickets still in progress (or waiting for a rating), with a link to all of them. */
export function MyOpenTickets({ openid }: { openid: string }) {
  const [items, setItems] = useState<Ticket[] | null>(null)
  const load = useCallback(() => {
    fetchMyTickets().then(
      (page) => setItems(page.items.filter((t) => OPEN.includes(t.status))),
      () => setItems([]),
    )
  }, [])
  useEffect(load, [load, openid])
  useDidShow(load)
  return (
    <View className="card open-tickets">
      <View className="open-tickets__head" onClick={() => openPage('/packages/grid/home/index')}>
        <Text className="fs-lg open-tickets__title">我的反映</Text>
        <Text className="muted fs-sm">全部 ›</Text>
      </View>
      {items === null ? <Text className="muted fs-sm">加载中…</Text> : null}
      {items?.length === 0 ? <Text className="muted fs-sm">没有办理中的问题</Text> : null}
      {items?.slice(0, 3).map((t) => (
        <View
          key={t.ticketNo}
          className="open-tickets__row"
          onClick={() => openPage(`/packages/grid/ticket/index?no=${t.ticketNo}`)}
        >
          <Text className="fs-md open-tickets__name">{t.categoryName}</Text>
          <StatusTag status={t.status} overdue={t.overdue} />
        </View>
      ))}
    </View>
  )
}
