import { useSession } from '@/features/session/store'

/** Who is looking, as the property pages need it: profile, 小区, staff and 物业 bindings. */
export function usePropertyViewer() {
  const status = useSession((s) => s.status)
  const view = useSession((s) => s.view)
  const apply = useSession((s) => s.apply)
  return {
    ready: status === 'ready',
    profile: Boolean(view?.profile),
    estateId: view?.profile?.estateId,
    staff: view?.staff,
    property: view?.property,
    apply,
  }
}
