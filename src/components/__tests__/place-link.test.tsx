import { render } from '@tarojs/test-utils-react/dist/pure'
import { PlaceLink } from '@/components/place-link'
import { tap } from '@test/dom'

test('should open the place on a map page in the browser, marker at its coordinates', () => {
  const open = jest.spyOn(window, 'open').mockReturnValue(null)
  const place = {
    name: '易捷便利店（新华社区店）',
    address: '任城区新华路 18 号',
    lat: 35.4147,
    lng: 116.5872,
  }
  const { container } = render(<PlaceLink place={place} />, {})
  expect(container.textContent).toContain('任城区新华路 18 号')
  tap(container.querySelector('[data-testid="place-link"]'))
  const url = new URL(open.mock.calls[0][0] as string)
  expect(url.searchParams.get('position')).toBe('116.5872,35.4147')
  expect(url.searchParams.get('name')).toBe(place.name)
})
