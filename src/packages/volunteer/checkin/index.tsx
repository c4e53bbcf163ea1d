import '@/lib/cloud-volunteer'
import { useRouter } from '@tarojs/taro'
import { CheckIn } from '@/features/volunteer/components/check-in'
import { PageShell } from '@/features/session/components/page-shell'

/** Opened from the tab, or by WeChat's camera with the QR link in `q` (or its code in `c`). */
export default function CheckInPage() {
  const { q, c } = useRouter().params
  const launch = q ? decodeURIComponent(q) : c ? decodeURIComponent(c) : undefined
  return (
    <PageShell>
      <CheckIn launchCode={launch} />
    </PageShell>
  )
}
