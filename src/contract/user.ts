import type { PageQuery, Page } from './envelope'

export type Role = 'resident' | 'staff' | 'clerk' | 'adviser' | 'property' | 'employer'

/** What a role bound by invite carries (the new domains' roles: 议事员, 物业, 用工方). */
export interface RoleBindings {
  /** 社区议事员: the community they advise and their display title (议事员 · 民盟). */
  adviser?: { communityId: string; title: string }
  property?: { companyId: string; company: string }
  employer?: { employerId: string; name: string }
}

export interface ProfileView {
  name: string
  phoneMasked: string
  communityId?: string
  /** The resident's 小区 (物业红黑榜: whose company they may score). */
  estateId?: string
}

export interface LoginView extends RoleBindings {
  openid: string
  profile: ProfileView | null
  roles: Role[]
  staff?: { communityId: string; community: string; street: string }
  clerk?: { shopId: string; shopName: string }
  elderMode: boolean
  /** Set once after stored data could not be read and was moved to a backup key. */
  notice?: string
}

/** How much of this device's storage the app's data takes (`user.storage`, `user.cleanPhotos`). */
export interface StorageView {
  usedBytes: number
  limitBytes: number
  /** Of `usedBytes`, what photos of grid reports take. */
  photoBytes: number
  /** `usedBytes / limitBytes`, 0–1, two decimals. */
  ratio: number
  /** Set from 80% on: that space is running out and what to do, in plain words. */
  warning?: string
  /** Finished reports (已办结 or 不予受理) whose photos `cleanPhotos` would remove. */
  cleanableReports: number
}

export interface StreetCommunities {
  street: string
  communities: { id: string; name: string }[]
}

/** Later calls change only the fields they carry; the first needs name and phone. */
export interface UpdateProfileInput {
  name?: string
  phone?: string
  communityId?: string
  /** The resident's 小区; its community becomes the home community. */
  estateId?: string
}

export interface NewsItem {
  id: string
  street: string
  title: string
  summary: string
  publishedAt: number
}

export interface NewsDetail extends NewsItem {
  body: string
}

export interface NewsListInput extends PageQuery {
  street?: string
}

export type NewsPage = Page<NewsItem>

/** Shared by the cloud's schema and the app's inline validation. */
export const PROFILE_RULES = {
  nameMin: 2,
  nameMax: 20,
  /** Names carry no digits (ASCII or full-width). */
  namePattern: /^[^0-9\uff10-\uff19]*$/,
  phonePattern: /^1[3-9]\d{9}$/,
} as const
