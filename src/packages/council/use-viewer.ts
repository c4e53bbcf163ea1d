import { useSession } from '@/features/session/store'

/** Who is looking, as the council pages need it: home community, staff and 议事员 bindings. */
export function useCouncilViewer() {
  const status = useSession((s) => s.status)
  const view = useSession((s) => s.view)
  return {
    ready: status === 'ready',
    sessionError: status === 'error',
    profile: Boolean(view?.profile),
    homeCommunityId: view?.profile?.communityId,
    staff: view?.staff,
    adviser: view?.adviser,
  }
}
