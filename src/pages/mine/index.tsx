import { AccountLinks, ElderModeSwitch } from '@/features/session/components/account-actions'
import { MyOpenTickets } from '@/features/grid/components/my-open-tickets'
import { DemoTools } from '@/features/session/components/demo-tools'
import { PageShell } from '@/features/session/components/page-shell'
import { ProfileForm } from '@/features/session/components/profile-form'
import { RoleBinding } from '@/features/session/components/role-binding'
import { useSession } from '@/features/session/store'
import { ErrorState, Loading } from '@/components/state-view'
import './index.scss'

export default function MinePage() {
  const status = useSession((s) => s.status)
  const error = useSession((s) => s.error)
  const load = useSession((s) => s.load)
  const view = useSession((s) => s.view)
  return (
    <PageShell>
      {status === 'error' ? <ErrorState message={error ?? ''} onRetry={load} /> : null}
      {status === 'loading' || status === 'idle' ? <Loading /> : null}
      {status === 'ready' ? (
        <>
          <ProfileForm />
          {view?.profile ? <MyOpenTickets openid={view.openid} /> : null}
          <RoleBinding />
          <ElderModeSwitch />
          <AccountLinks />
        </>
      ) : null}
      <DemoTools />
    </PageShell>
  )
}
