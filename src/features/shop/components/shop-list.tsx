import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Shop } from '@/contract/shop'
import { PlaceLink } from '@/components/place-link'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { errorMessage } from '@/lib/cloud'
import { openPage } from '@/lib/navigation'
import { fetchShops } from '../api'

export function ShopList() {
  const [shops, setShops] = useState<Shop[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = () => {
    setError(null)
    fetchShops().then(setShops, (err) => setError(errorMessage(err)))
  }
  useEffect(load, [])
  if (error) return <ErrorState message={error} onRetry={load} />
  if (!shops) return <Loading />
  if (shops.length === 0) return <EmptyState title="暂时还没有合作商户" />
  return (
    <View>
      {shops.map((s) => (
        <View key={s.id} className="card shop-card">
          <View
            className="shop-card__head"
            data-shop={s.id}
            onClick={() =>
              openPage(`/packages/shop/goods/index?shopId=${s.id}&name=${encodeURIComponent(s.name)}`)
            }
          >
            <View className="shop-card__title">
              <Text className="shop-card__name fs-lg">{s.name}</Text>
              <Text className="muted fs-sm">
                {s.street} · 营业时间 {s.hours}
              </Text>
            </View>
            <Text className="shop-card__go fs-md">去兑换 ›</Text>
          </View>
          <PlaceLink place={s} />
        </View>
      ))}
    </View>
  )
}
