import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { goBackIfOpened } from '@/lib/navigation'
import './index.scss'

const SECTIONS: [string, string][] = [
  [
    '我们收集什么',
    '实名信息（姓名、手机号、所在社区）：用于志愿服务报名、积分兑换和活动预约。反映问题时您可以上传照片、填写地址，也可以选择匿名。',
  ],
  [
    '谁能看到',
    '手机号在任何页面都只显示前三位和后四位（如 139****5678），包括您本人。姓名只有您本人和组织您所报名活动的社区工作人员能看到完整内容，其他人看到的是遮挡后的姓名。匿名反映的问题不会向任何人显示反映人。',
  ],
  [
    '保存在哪里',
    '演示版的数据只保存在您的手机上。正式上线后，数据保存在任城区信用+ 平台的云端，仅用于上述服务。',
  ],
  [
    '您的权利',
    '您可以随时在「我的」中修改实名信息、关闭长辈模式或注销账号。注销后，您的姓名、手机号、身份和偏好会被删除，积分流水以匿名方式保留以便对账。',
  ],
]

export default function PrivacyPage() {
  const agreed = useSession((s) => s.privacyAgreed)
  const agree = useSession((s) => s.agreePrivacy)
  const agreeAndReturn = () => {
    agree()
    goBackIfOpened()
  }
  return (
    <PageShell privacySheet={false}>
      <View className="card privacy-doc">
        <Text className="fs-xl privacy-doc__title">任城邻里隐私保护指引</Text>
        {SECTIONS.map(([title, body]) => (
          <View key={title} className="privacy-doc__section">
            <Text className="fs-lg privacy-doc__heading">{title}</Text>
            <Text className="fs-md privacy-doc__body">{body}</Text>
          </View>
        ))}
        {agreed ? (
          <Text className="muted fs-sm">您已同意本指引。</Text>
        ) : (
          <Button className="btn btn--primary" openType="agreePrivacyAuthorization" onClick={agreeAndReturn}>
            同意本指引
          </Button>
        )}
      </View>
    </PageShell>
  )
}
