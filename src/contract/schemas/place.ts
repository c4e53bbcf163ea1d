import * as v from 'valibot'

/** A point picked on the map (GCJ-02) with its name and address. */
export const placeInput = v.object(
  {
    name: v.pipe(
      v.string('地点名称不正确'),
      v.trim(),
      v.minLength(1, '请选择地点'),
      v.maxLength(60, '地点名称太长'),
    ),
    address: v.pipe(v.string('地址不正确'), v.trim(), v.maxLength(120, '地址太长')),
    lat: v.pipe(v.number('位置不正确'), v.minValue(-90, '位置不正确'), v.maxValue(90, '位置不正确')),
    lng: v.pipe(v.number('位置不正确'), v.minValue(-180, '位置不正确'), v.maxValue(180, '位置不正确')),
  },
  '位置不正确',
)
