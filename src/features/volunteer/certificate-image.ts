import Taro from '@tarojs/taro'
import type { Certificate } from '@/contract/volunteer'
import { chinaTime } from '@/lib/time'
import { hours } from './format'

export const longDate = (ms: number): string => chinaTime(ms).format('YYYY年M月D日')

export const CERT_WIDTH = 750
export const CERT_HEIGHT = 1000

/** What both a browser's and WeChat's 2d context offer for the drawing below. */
interface Pen {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  font: string
  textAlign: string
  fillRect(x: number, y: number, w: number, h: number): void
  strokeRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
}

/** Draws the 志愿服务证明 at 750×1000: title, holder, hours and points, activities, 街道, code. */
export function drawCertificate(pen: Pen, cert: Certificate): void {
  const mid = CERT_WIDTH / 2
  pen.fillStyle = '#fffaf3'
  pen.fillRect(0, 0, CERT_WIDTH, CERT_HEIGHT)
  pen.strokeStyle = '#c0392b'
  pen.lineWidth = 8
  pen.strokeRect(24, 24, CERT_WIDTH - 48, CERT_HEIGHT - 48)
  pen.textAlign = 'center'
  pen.fillStyle = '#c0392b'
  pen.font = 'bold 56px sans-serif'
  pen.fillText('志愿服务证明', mid, 130)
  pen.fillStyle = '#222'
  pen.font = '34px sans-serif'
  pen.fillText(`兹证明 ${cert.name} 同志`, mid, 220)
  pen.fillText(`累计参加志愿服务 ${cert.activities.length} 次`, mid, 280)
  pen.font = 'bold 44px sans-serif'
  pen.fillText(`服务时长 ${hours(cert.minutes)} · ${cert.points} 积分`, mid, 350)
  pen.textAlign = 'left'
  pen.font = '28px sans-serif'
  const shown = cert.activities.slice(-8)
  shown.forEach((a, i) => {
    pen.fillText(
      `${chinaTime(a.startAt).format('YYYY.M.D')}  ${a.title}  ${hours(a.minutes)}`.slice(0, 30),
      80,
      440 + i * 46,
    )
  })
  if (cert.activities.length > shown.length) {
    pen.fillText(`…等 ${cert.activities.length} 次服务`, 80, 440 + shown.length * 46)
  }
  pen.textAlign = 'center'
  pen.font = '32px sans-serif'
  pen.fillText(`任城区${cert.street}（盖章）`, mid, 860)
  pen.font = '24px sans-serif'
  pen.fillStyle = '#666'
  pen.fillText(`开具日期 ${longDate(cert.issuedAt)}  证明编号 ${cert.code}`, mid, 920)
}

/** H5: the certificate as a PNG download. */
function downloadPng(cert: Certificate): boolean {
  const canvas = document.createElement('canvas')
  canvas.width = CERT_WIDTH
  canvas.height = CERT_HEIGHT
  const pen = canvas.getContext('2d')
  if (!pen) return false
  drawCertificate(pen, cert)
  const link = document.createElement('a')
  link.href = canvas.toDataURL('image/png')
  link.download = `志愿服务证明-${cert.code}.png`
  document.body.appendChild(link)
  link.click()
  link.remove()
  return true
}

interface WxCanvas {
  width: number
  height: number
  getContext(kind: '2d'): Pen
}

/** Mini-program: draws on the page's `<Canvas type="2d" id=…>` and saves it to the photo album. */
async function saveToAlbum(cert: Certificate, canvasId: string): Promise<boolean> {
  const node = await new Promise<WxCanvas | null>((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${canvasId}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: WxCanvas }[]) => resolve(res?.[0]?.node ?? null))
  })
  if (!node) return false
  node.width = CERT_WIDTH
  node.height = CERT_HEIGHT
  drawCertificate(node.getContext('2d'), cert)
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: node as unknown as Taro.Canvas,
  } as Taro.canvasToTempFilePath.Option)
  await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
  return true
}

/** Saves the certificate as an image where the platform can; false when it could not. */
export async function saveCertificateImage(cert: Certificate, canvasId: string): Promise<boolean> {
  try {
    return process.env.TARO_ENV === 'h5' ? downloadPng(cert) : await saveToAlbum(cert, canvasId)
  } catch {
    return false
  }
}
