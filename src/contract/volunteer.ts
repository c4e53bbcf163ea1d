import type { PageQuery } from './envelope'
import type { Place } from './place'

export type ActivityStatus = 'open' | 'ongoing' | 'ended' | 'cancelled'
export type SignupStatus = 'signed' | 'cancelled' | 'checkedIn' | 'completed'
export type CheckKind = 'in' | 'out'

export interface ActivityItem {
  id: string
  title: string
  street: string
  community: string
  place: string
  startAt: number
  endAt: number
  quota: number
  signedUp: number
  points: number
  status: ActivityStatus
}

export interface Activity extends ActivityItem {
  description: string
  communityId: string
  cancelDeadline: number
  createdAt: number
  /** Where the organiser marked the meeting point on the map, if they did. */
  location?: Place
  /** The caller is staff of the activity's community (may show codes, the roster, edit). */
  organizer: boolean
}

export interface MySignup {
  status: SignupStatus
  checkInAt?: number
  checkOutAt?: number
  minutes?: number
  pointsAwarded?: number
}

export interface ActivityInput {
  title: string
  description: string
  place: string
  startAt: number
  endAt: number
  quota: number
  points: number
  cancelDeadline?: number
  location?: Place
}

export interface VolunteerListInput extends PageQuery {
  street?: string
  status?: 'open' | 'ongoing' | 'ended'
  /** Staff only: the activities of the caller's own community, cancelled ones included. */
  mine?: boolean
}

export interface IssuedCode {
  /** The activity's title, so the organiser's screen names what the code is for. */
  title: string
  code: string
  shortCode: string
  expiresAt: number
  refreshAt: number
}

export interface CheckResult {
  activityId: string
  title: string
  kind: CheckKind
  at: number
  minutes?: number
  pointsAwarded?: number
}

export interface RosterRow {
  signupId: string
  name: string
  phoneMasked: string
  status: SignupStatus
  checkInAt?: number
  checkOutAt?: number
  minutes?: number
  manual: boolean
  /** The caller's own sign-up: nobody records their own attendance, so no manual check is offered. */
  own: boolean
}

/** One year of completed service (China time), in `volunteer.mine`. */
export interface YearTotal {
  year: number
  minutes: number
  points: number
  activities: number
}

export interface CertifiedActivity {
  title: string
  startAt: number
  minutes: number
}

/** 志愿服务证明, as its holder sees it: only completed service counts. */
export interface Certificate {
  /** Unguessable, e.g. `7K3M-9QXA-H2PD`; staff check it with `verifyCertificate`. */
  code: string
  name: string
  /** The issuing 街道: where the most service was given. */
  street: string
  issuedAt: number
  minutes: number
  points: number
  activities: CertifiedActivity[]
}

/** What a certificate's code certifies, as staff see it: the holder's name masked. */
export interface VerifiedCertificate {
  code: string
  holderMasked: string
  street: string
  issuedAt: number
  minutes: number
  points: number
  activities: number
}

/** Shared by the cloud's schema and the publish form. */
export const ACTIVITY_RULES = {
  titleMin: 2,
  titleMax: 40,
  descriptionMax: 500,
  placeMin: 2,
  placeMax: 60,
  quotaMax: 500,
  pointsMax: 200,
  maxHours: 24,
} as const

/** Check windows, in ms: check-in opens before the start; check-out closes after the end. */
export const CHECK_WINDOW = { inBefore: 30 * 60_000, outAfter: 2 * 3_600_000 } as const
export const CODE_STEP_MS = 30_000
/** Points are posted when at least this share of the activity was served. */
export const POINTS_THRESHOLD = 0.6
