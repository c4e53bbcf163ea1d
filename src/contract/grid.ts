import type { PageQuery } from './envelope'

export type TicketStatus =
  'submitted' | 'accepted' | 'dispatched' | 'resolved' | 'closed' | 'reopened' | 'rejected'

export type AdvanceTo = 'accepted' | 'dispatched' | 'resolved' | 'rejected'

export interface GridCategory {
  id: string
  name: string
  /** Resolve-by time in calendar hours from submission. */
  hours: number
}

export interface TimelineEntry {
  at: number
  status: TicketStatus
  note: string
  /** A role or label ('我', '反映人', '新华社区网格员'), never a person's name. */
  by: string
}

export interface Ticket {
  ticketNo: string
  category: string
  categoryName: string
  communityId: string
  community: string
  status: TicketStatus
  createdAt: number
  dueAt: number
  overdue: boolean
  description: string
  address: string
  location?: { lat: number; lng: number }
  photoCount: number
  /** In the actions on one ticket (`report`, `detail`, `advance`, `rate`); lists stay small. */
  photos?: string[]
  anonymous: boolean
  department?: string
  timeline: TimelineEntry[]
  rating?: { score: number; comment?: string; at: number }
  /** The 居民议事 question staff turned it into. */
  questionId?: string
  /** The reporter's own view: the contact phone, masked. */
  contactMasked?: string
  /** The reporter's own view: set, so a staff member's page offers no handling of their own report. */
  own?: true
  /** Staff view of a named report, masked; absent for anonymous reports. */
  reporter?: { nameMasked: string; phoneMasked?: string }
}

export interface ReportInput {
  category: string
  communityId?: string
  /** The 小区 reported about (default: the reporter's, when in that community). */
  estateId?: string
  description: string
  address: string
  location?: { lat: number; lng: number }
  photos?: string[]
  anonymous?: boolean
  phone?: string
  requestId: string
}

export interface QueueInput extends PageQuery {
  status?: TicketStatus
  overdue?: boolean
}

export interface AdvanceInput {
  ticketNo: string
  to: AdvanceTo
  note: string
  department?: string
}

/** Resolve-by hours per category: safety first, suggestions and thanks get a written reply within a week. */
export const GRID_CATEGORIES: GridCategory[] = [
  { id: 'safety', name: '安全隐患', hours: 24 },
  { id: 'river', name: '河道沟渠', hours: 48 },
  { id: 'sanitation', name: '环境卫生', hours: 48 },
  { id: 'sorting', name: '垃圾分类', hours: 72 },
  { id: 'parking', name: '停车难', hours: 72 },
  { id: 'property', name: '物业服务', hours: 72 },
  { id: 'dispute', name: '邻里纠纷', hours: 72 },
  { id: 'building', name: '违章搭建', hours: 120 },
  { id: 'suggestion', name: '建议', hours: 168 },
  { id: 'praise', name: '表扬', hours: 168 },
]

/** Shared by the cloud's schemas and the app's inline checks. */
export const GRID_RULES = {
  descriptionMin: 5,
  descriptionMax: 500,
  addressMin: 2,
  addressMax: 100,
  photosMax: 3,
  photoMaxChars: 200_000,
  noteMax: 200,
  commentMax: 200,
} as const

export const STATUS_NAMES: Record<TicketStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  dispatched: '办理中',
  resolved: '待评价',
  closed: '已办结',
  reopened: '重新办理',
  rejected: '不予受理',
}

export const HOTLINE = '12345'
