import { DemoTools } from '@/features/session/components/demo-tools'
import { PageShell } from '@/features/session/components/page-shell'
import './index.scss'

export default function DemoPage() {
  return (
    <PageShell>
      <DemoTools />
    </PageShell>
  )
}
