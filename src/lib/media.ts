import Taro from '@tarojs/taro'

/** Longest side and JPEG quality steps for H5 photos; each result stays within `maxChars`. */
const MAX_SIDE = 1024
const QUALITIES = [0.72, 0.55, 0.4, 0.28]

export interface PickOptions {
  count: number
  /** Upper bound for one H5 data URL (the cloud refuses longer ones). */
  maxChars: number
}

/**
 * Lets the resident pick up to `count` photos and returns references the cloud stores: saved file
 * paths in the mini-program (they outlive the temp files), compressed JPEG data URLs in H5.
 * An empty list when the user cancels.
 */
export async function pickPhotos(options: PickOptions): Promise<string[]> {
  if (options.count <= 0) return []
  if (process.env.TARO_ENV === 'h5') return pickInBrowser(options)
  try {
    const res = await Taro.chooseMedia({
      count: options.count,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    })
    const saved: string[] = []
    for (const file of res.tempFiles) {
      const res = (await Taro.saveFile({ tempFilePath: file.tempFilePath })) as { savedFilePath?: string }
      saved.push(res.savedFilePath ?? file.tempFilePath)
    }
    return saved
  } catch {
    return []
  }
}

function pickInBrowser({ count, maxChars }: PickOptions): Promise<string[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/*'
    input.multiple = count > 1
    input.style.display = 'none'
    input.setAttribute('data-photo-picker', '')
    document.body.appendChild(input)
    const done = (urls: string[]) => {
      input.remove()
      resolve(urls)
    }
    input.addEventListener('cancel', () => done([]))
    input.addEventListener('change', async () => {
      const files = Array.from(input.files ?? []).slice(0, count)
      const urls: string[] = []
      for (const file of files) {
        const url = await compress(file, maxChars).catch(() => null)
        if (url) urls.push(url)
      }
      done(urls)
    })
    input.click()
  })
}

function loadImage(file: File): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file)
    const img = new Image()
    img.onload = () => {
      URL.revokeObjectURL(url)
      resolve(img)
    }
    img.onerror = () => {
      URL.revokeObjectURL(url)
      reject(new Error('not an image'))
    }
    img.src = url
  })
}

async function compress(file: File, maxChars: number): Promise<string | null> {
  const img = await loadImage(file)
  let side = MAX_SIDE
  while (side >= 256) {
    const scale = Math.min(1, side / Math.max(img.naturalWidth, img.naturalHeight))
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale))
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale))
    const ctx = canvas.getContext('2d')
    if (!ctx) return null
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    for (const quality of QUALITIES) {
      const url = canvas.toDataURL('image/jpeg', quality)
      if (url.length <= maxChars) return url
    }
    side = Math.round(side * 0.7)
  }
  return null
}

/** Full-screen preview of one of the ticket's photos. */
export function previewPhotos(urls: string[], current: string): void {
  void Taro.previewImage({ urls, current }).catch(() => undefined)
}
