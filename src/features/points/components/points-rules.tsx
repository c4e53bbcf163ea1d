import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import './points-rules.scss'

const RULES = [
  '参加社区志愿服务，签退时服务满活动时长的 60%，由街道信用基金发放积分。',
  '在合作商户兑换商品：下单时积分先冻结，店员核销后才扣除。',
  '兑换码 30 分钟内有效；取消或过期的订单，冻结的积分自动退回。',
  '积分不会变成负数，每一笔增减都记在下面的明细里。',
]

/** Where points go (去兑换) and the rules they follow, under the balance. */
export function PointsRules({ onRedeem }: { onRedeem: () => void }) {
  return (
    <View className="card points-rules">
      <Button className="btn btn--primary points-rules__go" data-testid="go-redeem" onClick={onRedeem}>
        去兑换
      </Button>
      <Text className="fs-md points-rules__heading">积分规则</Text>
      {RULES.map((rule, i) => (
        <Text key={rule} className="muted fs-sm points-rules__item">
          {i + 1}. {rule}
        </Text>
      ))}
    </View>
  )
}
