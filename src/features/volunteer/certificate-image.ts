import type { Certificate } from '@/contract/volunteer'
import { type Pen, saveDrawing } from '@/lib/image'
import { chinaTime } from '@/lib/time'
import { hours } from './format'

export const longDate = (ms: number): string => chinaTime(ms).format('YYYY年M月D日')

export const CERT_WIDTH = 750
export const CERT_HEIGHT = 1000

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

/** Saves the certificate as an image where the platform can (a PNG download in H5, the photo album in WeChat). */
export function saveCertificateImage(cert: Certificate, canvasId: string): Promise<boolean> {
  return saveDrawing((pen) => drawCertificate(pen, cert), {
    width: CERT_WIDTH,
    height: CERT_HEIGHT,
    fileName: `志愿服务证明-${cert.code}.png`,
    canvasId,
  })
}
