import { useSession } from '@/features/session/store'

/** Who is looking, as the gigs pages need it: profile and home community, staff and 用工方 bindings. */
export function useGigsViewer() {
  const status = useSession((s) => s.status)
  const view = useSession((s) => s.view)
  return {
    ready: status === 'ready',
    profile: Boolean(view?.profile),
    communityId: view?.profile?.communityId,
    staff: view?.staff,
    employer: view?.employer,
  }
}
