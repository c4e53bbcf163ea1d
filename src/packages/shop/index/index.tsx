import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ShopList } from '@/features/shop/components/shop-list'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { openPage } from '@/lib/navigation'
import '@/features/shop/components/shop.scss'

export default function ShopsPage() {
  const clerk = useSession((s) => s.view?.clerk)
  return (
    <PageShell>
      <View className="shop-links">
        <Button className="btn btn--ghost" onClick={() => openPage('/packages/shop/orders/index')}>
          我的兑换
        </Button>
        {clerk ? (
          <Button className="btn btn--primary" onClick={() => openPage('/packages/shop/clerk/index')}>
            店员核销
          </Button>
        ) : null}
      </View>
      <Text className="section-title fs-lg">合作商户</Text>
      <ShopList />
    </PageShell>
  )
}
