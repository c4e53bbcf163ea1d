import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { REDEEM_RULES, type Goods } from '@/contract/shop'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { errorMessage } from '@/lib/cloud'
import { fetchAvailable, fetchGoods } from '../api'
import { GoodsPictureTile } from './goods-picture'
import { RedeemSheet } from './redeem-sheet'

/** How many more of an item this resident may take now; 0 says why not in `reason`. */
export function canTake(g: Goods, available: number): { max: number; reason: string | null } {
  const max = Math.min(
    g.stock,
    g.perPersonLimit - g.mine,
    Math.floor(available / g.points),
    REDEEM_RULES.quantityMax,
  )
  if (g.stock <= 0) return { max: 0, reason: '已兑完' }
  if (g.mine >= g.perPersonLimit) return { max: 0, reason: '已达限兑数量' }
  if (available < g.points) return { max: 0, reason: `还差 ${g.points - available} 分` }
  return { max, reason: null }
}

export function GoodsList({ shopId, onRedeemed }: { shopId: string; onRedeemed: (orderId: string) => void }) {
  const [goods, setGoods] = useState<Goods[] | null>(null)
  const [available, setAvailable] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [picked, setPicked] = useState<Goods | null>(null)
  const load = useCallback(() => {
    setError(null)
    Promise.all([fetchGoods(shopId), fetchAvailable()]).then(
      ([items, points]) => {
        setGoods(items)
        setAvailable(points)
      },
      (err) => setError(errorMessage(err)),
    )
  }, [shopId])
  useEffect(load, [load])

  if (error) return <ErrorState message={error} onRetry={load} />
  if (!goods || available === null) return <Loading />
  return (
    <View>
      <View className="card shop-points">
        <Text className="fs-md">我的可用积分</Text>
        <Text className="shop-points__num fs-xl" data-testid="shop-available">
          {available}
        </Text>
      </View>
      {goods.length === 0 ? <EmptyState title="这家店暂时没有可兑换的商品" /> : null}
      {goods.map((g) => {
        const { reason } = canTake(g, available)
        return (
          <View key={g.id} className="card goods-row" data-goods={g.id}>
            <GoodsPictureTile picture={g.picture} />
            <View className="goods-row__main">
              <Text className="fs-lg goods-row__name">{g.name}</Text>
              <Text className="shop-price fs-md">{g.points} 积分</Text>
              <Text className="muted fs-sm">
                剩余 {g.stock} 件 · 每人限兑 {g.perPersonLimit} 件{g.mine > 0 ? `（已兑 ${g.mine}）` : ''}
              </Text>
            </View>
            {reason ? (
              <Text className="goods-row__why fs-sm">{reason}</Text>
            ) : (
              <Button className="btn btn--primary btn--small" onClick={() => setPicked(g)}>
                兑换
              </Button>
            )}
          </View>
        )
      })}
      {picked ? (
        <RedeemSheet
          goods={picked}
          max={canTake(picked, available).max}
          onClose={() => setPicked(null)}
          onDone={(orderId) => {
            setPicked(null)
            load()
            onRedeemed(orderId)
          }}
        />
      ) : null}
    </View>
  )
}
