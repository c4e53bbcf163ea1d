import '@/lib/cloud-staff'
import { useRouter } from '@tarojs/taro'
import { ErrorState } from '@/components/state-view'
import { RotatingQr } from '@/features/volunteer/components/rotating-qr'
import { PageShell } from '@/features/session/components/page-shell'
import { demoNow } from '@/lib/demo'

export default function QrPage() {
  const { id, kind } = useRouter().params
  return (
    <PageShell>
      {id ? (
        <RotatingQr id={id} kind={kind === 'out' ? 'out' : 'in'} now={demoNow} />
      ) : (
        <ErrorState message="没有找到这个活动" />
      )}
    </PageShell>
  )
}
