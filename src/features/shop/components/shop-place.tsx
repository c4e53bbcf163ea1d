import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Shop } from '@/contract/shop'
import { PlaceLink } from '@/components/place-link'
import { fetchShops } from '../api'

/** Where to show the code: the shop's address on the map and its opening hours. */
export function ShopPlace({ shopId }: { shopId: string }) {
  const [shop, setShop] = useState<Shop | null>(null)
  useEffect(() => {
    fetchShops().then(
      (shops) => setShop(shops.find((s) => s.id === shopId) ?? null),
      () => setShop(null),
    )
  }, [shopId])
  if (!shop) return null
  return (
    <View className="shop-place" data-testid="shop-place">
      <PlaceLink place={shop} />
      <Text className="muted fs-sm shop-place__hours">营业时间 {shop.hours}</Text>
    </View>
  )
}
