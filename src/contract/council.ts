import type { Page, PageQuery } from './envelope'

/**
 * 居民议事 (CONTRACT.md "The next domains", council). raised (collecting support) → pending
 * (threshold reached, 待答复) → evaluating → accepted (落实中) → done; rejected; withdrawn;
 * reopened (done but rated unsatisfied) → done.
 */
export type QuestionStatus =
  'raised' | 'pending' | 'evaluating' | 'accepted' | 'done' | 'rejected' | 'withdrawn' | 'reopened'

export type AnswerStatus = 'evaluating' | 'accepted' | 'rejected'
export type PlanStage = 'todo' | 'doing' | 'done'
export type CouncilRating = 'satisfied' | 'basic' | 'unsatisfied'
export type QuestionSort = 'support' | 'new'

export interface CouncilCategory {
  id: string
  name: string
}

export const COUNCIL_CATEGORIES: CouncilCategory[] = [
  { id: 'parking', name: '停车' },
  { id: 'sorting', name: '垃圾分类' },
  { id: 'sanitation', name: '环境卫生' },
  { id: 'safety', name: '安全' },
  { id: 'care', name: '养老托幼' },
  { id: 'culture', name: '文体活动' },
  { id: 'other', name: '其他' },
]

export const QUESTION_STATUS_NAMES: Record<QuestionStatus, string> = {
  raised: '征集附议',
  pending: '待答复',
  evaluating: '研究中',
  accepted: '落实中',
  done: '已落实',
  rejected: '不予采纳',
  withdrawn: '已撤回',
  reopened: '重新落实',
}

export const PLAN_STAGE_NAMES: Record<PlanStage, string> = { todo: '未开始', doing: '进行中', done: '已完成' }

export const RATING_NAMES: Record<CouncilRating, string> = {
  satisfied: '满意',
  basic: '基本满意',
  unsatisfied: '不满意',
}

/** Statuses that count against the 3-open-questions limit and that `similar` offers. */
export const OPEN_STATUSES: readonly QuestionStatus[] = ['raised', 'pending', 'evaluating']

/** Shared by the cloud's schemas and the app's inline checks. */
export const COUNCIL_RULES = {
  titleMin: 5,
  titleMax: 30,
  descriptionMin: 10,
  descriptionMax: 500,
  photosMax: 3,
  photoMaxChars: 200_000,
  proposalMin: 10,
  proposalMax: 800,
  reasonMin: 2,
  reasonMax: 300,
  noteMin: 2,
  noteMax: 200,
  /** Open (raised/pending/evaluating) questions one resident may have at a time. */
  openMax: 3,
  thresholdMin: 2,
  thresholdMax: 20,
  thresholdDefault: 10,
  /** Points an accepted question earns its author, from the 街道's fund. */
  acceptPoints: 20,
  /** Accepted questions a month that earn their author points. */
  acceptPointsPerMonth: 3,
  similarMax: 5,
} as const

/** A question in a list. `authorMasked`: the author's masked name (the community's name when staff raised it from a report). */
export interface QuestionSummary {
  id: string
  title: string
  category: string
  categoryName: string
  communityId: string
  community: string
  status: QuestionStatus
  supports: number
  threshold: number
  createdAt: number
  authorMasked: string
}

export interface Proposal {
  id: string
  /** The adviser's display title, e.g. 议事员 · 民盟 — never a name or phone. */
  title: string
  text: string
  at: number
}

export interface Milestone {
  at: number
  note: string
  photo?: string
}

export interface Question extends QuestionSummary {
  description: string
  photos: string[]
  /** The caller supports it now. */
  mySupport: boolean
  proposals: Proposal[]
  /** The community's answer, public (a rejection's reason included). */
  answer?: { status: AnswerStatus; reason: string; at: number }
  plan?: { stage: PlanStage; progress: number; milestones: Milestone[] }
  /** Ratings of the current completion. */
  ratings: { satisfied: number; basic: number; unsatisfied: number }
  myRating?: CouncilRating
  /** The grid report it came from (staff and the report's reporter see the link; shown to all as a number). */
  ticketNo?: string
  /** The caller raised it (or, for one raised from a report, is the staff member who did). */
  own?: true
  /** Who may rate the current completion (its author and supporters), for "more than half". */
  raters?: number
  /** The caller may rate now (done, one of its supporters or its author, not yet rated). */
  canRate?: boolean
  /** Staff of its community: the full author name (absent for a community-raised question). */
  author?: { name: string }
}

export interface CouncilListInput extends PageQuery {
  communityId?: string
  status?: QuestionStatus
  sort?: QuestionSort
}

export type QuestionPage = Page<QuestionSummary>

export interface RaiseInput {
  title: string
  description: string
  category: string
  photos?: string[]
  communityId?: string
  requestId: string
}

export interface AnswerInput {
  questionId: string
  status: AnswerStatus
  reason?: string
}

export interface ProgressInput {
  questionId: string
  stage?: PlanStage
  progress?: number
  note: string
  photo?: string
}

export interface CouncilBoardInput {
  streetId?: string
  communityId?: string
}

export interface CouncilBoard {
  /** What the board covers: the 街道 (always) and, for a community's board, the community. */
  streetId: string
  street: string
  community?: string
  counts: {
    raised: number
    pending: number
    evaluating: number
    accepted: number
    done: number
    rejected: number
  }
  /** `done` of `accepted` (every question ever accepted: accepted, done, reopened). */
  resolution: { done: number; accepted: number }
  /** Every rating given. */
  satisfaction: { satisfied: number; basic: number; unsatisfied: number }
  /** The question that gained the most support this calendar month (China time). */
  topOfMonth: (QuestionSummary & { monthSupports: number; month: string }) | null
}
