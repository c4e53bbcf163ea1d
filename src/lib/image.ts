import Taro from '@tarojs/taro'

/** What both a browser's and WeChat's 2d context offer for the drawing below. */
export interface Pen {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  font: string
  textAlign: string
  fillRect(x: number, y: number, w: number, h: number): void
  strokeRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
}

/** In the mini-program a drawing is saved to the photo album; in a browser it downloads as a PNG. */
export const savesToAlbum = process.env.TARO_ENV !== 'h5'

interface Drawing {
  width: number
  height: number
  /** The download's file name (browser). */
  fileName: string
  /** The page's `<Canvas type="2d" id=…>` to draw on (mini-program). */
  canvasId: string
}

function downloadPng(draw: (pen: Pen) => void, { width, height, fileName }: Drawing): boolean {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const pen = canvas.getContext('2d')
  if (!pen) return false
  draw(pen)
  const link = document.createElement('a')
  link.href = canvas.toDataURL('image/png')
  link.download = fileName
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

async function saveToAlbum(draw: (pen: Pen) => void, { width, height, canvasId }: Drawing): Promise<boolean> {
  const node = await new Promise<WxCanvas | null>((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${canvasId}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: WxCanvas }[]) => resolve(res?.[0]?.node ?? null))
  })
  if (!node) return false
  node.width = width
  node.height = height
  draw(node.getContext('2d'))
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: node as unknown as Taro.Canvas,
  } as Taro.canvasToTempFilePath.Option)
  await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
  return true
}

/** Draws and saves an image where the platform can; false when it could not. */
export async function saveDrawing(draw: (pen: Pen) => void, drawing: Drawing): Promise<boolean> {
  try {
    return savesToAlbum ? await saveToAlbum(draw, drawing) : downloadPng(draw, drawing)
  } catch {
    return false
  }
}
