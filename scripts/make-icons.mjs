import fs from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'

const SIZE = 81
const OUT = path.resolve('src/assets/tab')
const GREY = [122, 122, 122]
const RED = [192, 57, 43]

function canvas() {
  return new PNG({ width: SIZE, height: SIZE })
}

function plot(png, x, y, rgb, a = 255) {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return
  const i = (SIZE * y + x) << 2
  png.data[i] = rgb[0]
  png.data[i + 1] = rgb[1]
  png.data[i + 2] = rgb[2]
  png.data[i + 3] = Math.max(png.data[i + 3], a)
}

// Supersampled fill of every pixel whose centre satisfies inside(x, y).
function fill(png, rgb, inside) {
  const S = 4
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) if (inside(x + (sx + 0.5) / S, y + (sy + 0.5) / S)) hits++
      if (hits) plot(png, x, y, rgb, Math.round((255 * hits) / (S * S)))
    }
  }
}

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const ring = (cx, cy, r, w) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy)
  return d <= r && d >= r - w
}
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const any =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y))
const not = (f, g) => (x, y) => f(x, y) && !g(x, y)

function tri(ax, ay, bx, by, cx, cy) {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry)
  return (x, y) => {
    const d1 = s(x, y, ax, ay, bx, by)
    const d2 = s(x, y, bx, by, cx, cy)
    const d3 = s(x, y, cx, cy, ax, ay)
    const neg = d1 < 0 || d2 < 0 || d3 < 0
    const pos = d1 > 0 || d2 > 0 || d3 > 0
    return !(neg && pos)
  }
}

const shapes = {
  home: any(tri(40.5, 8, 6, 40, 75, 40), not(rect(15, 38, 66, 72), rect(33, 50, 48, 73))),
  volunteer: (x, y) => {
    // a heart
    const u = (x - 40.5) / 30
    const v = (42 - y) / 30
    return (u * u + v * v - 1) ** 3 - u * u * v * v * v <= 0
  },
  points: any(
    not(ring(40.5, 40.5, 32, 7), () => false),
    rect(37, 22, 44, 59),
    rect(28, 30, 53, 36),
    rect(28, 45, 53, 51),
  ),
  mine: any(
    circle(40.5, 26, 15),
    (x, y) => y >= 48 && (x - 40.5) ** 2 / 32 ** 2 + (y - 76) ** 2 / 28 ** 2 <= 1,
  ),
}

fs.mkdirSync(OUT, { recursive: true })
for (const [name, inside] of Object.entries(shapes)) {
  for (const [suffix, rgb] of [
    ['', GREY],
    ['-active', RED],
  ]) {
    const png = canvas()
    fill(png, rgb, inside)
    const file = path.join(OUT, `${name}${suffix}.png`)
    fs.writeFileSync(file, PNG.sync.write(png))
    console.log(file, fs.statSync(file).size, 'bytes')
  }
}
