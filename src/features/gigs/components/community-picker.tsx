import { Picker, Text } from '@tarojs/components'
import type { StreetCommunities } from '@/contract/user'
import './gigs.scss'

export const flatCommunities = (streets: StreetCommunities[]) =>
  streets.flatMap((s) => s.communities.map((c) => ({ id: c.id, name: `${s.street} · ${c.name}` })))

/** One community of the district, as a chip that opens a picker. */
export function CommunityPicker({
  streets,
  value,
  onChange,
}: {
  streets: StreetCommunities[]
  value?: string
  onChange: (id: string) => void
}) {
  const all = flatCommunities(streets)
  const at = all.findIndex((c) => c.id === value)
  return (
    <Picker
      mode="selector"
      range={all.map((c) => c.name)}
      value={Math.max(0, at)}
      onChange={(e) => onChange(all[Number(e.detail.value)].id)}
    >
      <Text className="chip fs-md gg-chip" data-testid="community-picker">
        {at >= 0 ? all[at].name : '选择社区 ▾'}
      </Text>
    </Picker>
  )
}
