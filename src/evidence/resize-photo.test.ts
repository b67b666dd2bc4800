import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { checkPhoto, LARGEST_ORIGINAL_BYTES, LARGEST_UPLOAD_BYTES, MAX_PHOTOS, resizePhoto, toBase64 } from './resize-photo'

const MB = 1024 * 1024

/** What the fake encoder makes: bytes for a picture of this size at this JPEG quality. */
type Weigh = (width: number, height: number, quality: number) => number

interface Encoding {
  width: number
  height: number
  quality: number
  type: string
}

/** Stands in for the browser's decoder and canvas, which jsdom does not have. */
function fakeBrowser({ width, height, weigh }: { width: number; height: number; weigh: Weigh }) {
  const decoded: { source: Blob; options: unknown }[] = []
  const drawn: { width: number; height: number }[] = []
  const encodings: Encoding[] = []
  const bitmap = { width, height, close: vi.fn() }

  vi.stubGlobal(
    'createImageBitmap',
    vi.fn(async (source: Blob, options: unknown) => {
      decoded.push({ source, options })
      return bitmap
    }),
  )

  class FakeOffscreenCanvas {
    constructor(
      public width: number,
      public height: number,
    ) {}
    getContext() {
      return {
        fillStyle: '',
        imageSmoothingQuality: 'low',
        fillRect: () => {},
        drawImage: (_image: unknown, _x: number, _y: number, drawnWidth: number, drawnHeight: number) =>
          drawn.push({ width: drawnWidth, height: drawnHeight }),
      }
    }
    async convertToBlob({ type, quality }: { type: string; quality: number }) {
      encodings.push({ width: this.width, height: this.height, quality, type })
      return new Blob([new Uint8Array(weigh(this.width, this.height, quality))], { type })
    }
  }
  vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas)

  return { decoded, drawn, encodings, bitmap }
}

/** Roughly how a phone photo of a street compresses: bytes per pixel grow with the quality. */
const streetPhoto: Weigh = (width, height, quality) => Math.round(width * height * quality * 0.3)

function photoFile(bytes: number, type = 'image/jpeg', name = 'photo.jpg') {
  return new File([new Uint8Array(bytes)], name, { type })
}

function fileOfSize(size: number, type = 'image/jpeg', name = 'photo.jpg') {
  const file = new File(['x'], name, { type })
  Object.defineProperty(file, 'size', { value: size })
  return file
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('limits', () => {
  it('allows three photos of up to 1MB each once resized, from originals of up to 30MB', () => {
    expect(MAX_PHOTOS).toBe(3)
    expect(LARGEST_UPLOAD_BYTES).toBe(MB)
    expect(LARGEST_ORIGINAL_BYTES).toBe(30 * MB)
  })
})

describe('checkPhoto', () => {
  it.each(['image/jpeg', 'image/png', 'image/webp'])('accepts %s', (type) => {
    expect(checkPhoto(fileOfSize(2 * MB, type))).toBeNull()
  })

  it.each(['image/heic', 'image/heif', 'image/gif', 'image/svg+xml', 'application/pdf', 'video/mp4', 'text/plain'])(
    'turns down %s as the wrong type',
    (type) => {
      expect(checkPhoto(fileOfSize(2 * MB, type, 'file'))).toBe('wrongType')
    },
  )

  it('goes by the name only when the phone gives no type at all', () => {
    expect(checkPhoto(fileOfSize(MB, '', 'IMG_0001.JPG'))).toBeNull()
    expect(checkPhoto(fileOfSize(MB, '', 'bin.webp'))).toBeNull()
    expect(checkPhoto(fileOfSize(MB, '', 'IMG_0001.HEIC'))).toBe('wrongType')
    expect(checkPhoto(fileOfSize(MB, '', 'notes'))).toBe('wrongType')
    expect(checkPhoto(fileOfSize(MB, 'image/heic', 'renamed.jpg'))).toBe('wrongType')
  })

  it('turns down photos bigger than 30MB, but not one of exactly 30MB', () => {
    expect(checkPhoto(fileOfSize(LARGEST_ORIGINAL_BYTES))).toBeNull()
    expect(checkPhoto(fileOfSize(LARGEST_ORIGINAL_BYTES + 1))).toBe('tooBig')
    expect(checkPhoto(fileOfSize(LARGEST_ORIGINAL_BYTES + 1, 'image/png', 'big.png'))).toBe('tooBig')
  })

  it('says the type is wrong before saying it is too big', () => {
    expect(checkPhoto(fileOfSize(40 * MB, 'image/heic', 'IMG_0001.HEIC'))).toBe('wrongType')
  })
})

describe('resizePhoto', () => {
  beforeEach(() => {
    vi.stubGlobal('OffscreenCanvas', undefined)
  })

  it('turns a 12MB, 13-megapixel photo into a 2048×1536 JPEG under 1MB, the right way up', async () => {
    const browser = fakeBrowser({ width: 4160, height: 3120, weigh: streetPhoto })
    const original = photoFile(12 * MB)

    const resized = await resizePhoto(original)

    expect(browser.decoded).toEqual([{ source: original, options: { imageOrientation: 'from-image' } }])
    expect(resized).toMatchObject({ width: 2048, height: 1536 })
    expect(browser.drawn).toEqual([{ width: 2048, height: 1536 }])
    expect(resized.blob.type).toBe('image/jpeg')
    expect(resized.blob.size).toBeLessThan(MB)
    expect(browser.bitmap.close).toHaveBeenCalled()
  })

  it('scales a portrait photo by its longest side', async () => {
    fakeBrowser({ width: 3120, height: 4160, weigh: streetPhoto })
    expect(await resizePhoto(photoFile(100))).toMatchObject({ width: 1536, height: 2048 })
  })

  it('leaves a small photo at its own size, at the best quality', async () => {
    const browser = fakeBrowser({ width: 800, height: 600, weigh: streetPhoto })
    expect(await resizePhoto(photoFile(100))).toMatchObject({ width: 800, height: 600 })
    expect(browser.encodings).toEqual([{ width: 800, height: 600, quality: 0.85, type: 'image/jpeg' }])
  })

  it('takes a different longest side and weight when asked', async () => {
    const browser = fakeBrowser({ width: 4000, height: 1000, weigh: () => 500 })
    const resized = await resizePhoto(photoFile(100), { longestSide: 1000, largestBytes: 500 })
    expect(resized).toMatchObject({ width: 1000, height: 250 })
    expect(resized.blob.size).toBe(500)
    expect(browser.encodings).toHaveLength(1)
  })

  it('steps the quality down until the photo is light enough', async () => {
    // A busy scene: only quality 0.55 or lower comes in under 1MB at 2048×1536.
    const browser = fakeBrowser({
      width: 4160,
      height: 3120,
      weigh: (width, height, quality) => Math.round(width * height * quality * 0.6),
    })

    const resized = await resizePhoto(photoFile(12 * MB))

    expect(browser.encodings.map((encoding) => encoding.quality)).toEqual([0.85, 0.75, 0.65, 0.55])
    expect(browser.encodings.every((encoding) => encoding.width === 2048 && encoding.height === 1536)).toBe(true)
    expect(resized).toMatchObject({ width: 2048, height: 1536 })
    expect(resized.blob.size).toBeLessThanOrEqual(MB)
    // Drawn once, encoded at each quality.
    expect(browser.drawn).toHaveLength(1)
  })

  it('makes the picture smaller when the lowest quality is still too heavy', async () => {
    // Too heavy at every quality at full size; fits at the lowest quality once shrunk twice.
    const browser = fakeBrowser({
      width: 4160,
      height: 3120,
      weigh: (width, height, quality) => Math.round(width * height * quality * 1.2),
    })

    const resized = await resizePhoto(photoFile(12 * MB))

    expect(browser.encodings.map(({ width, height, quality }) => [width, height, quality])).toEqual([
      [2048, 1536, 0.85],
      [2048, 1536, 0.75],
      [2048, 1536, 0.65],
      [2048, 1536, 0.55],
      [2048, 1536, 0.45],
      [1638, 1229, 0.45],
      [1310, 983, 0.45],
    ])
    expect(resized).toMatchObject({ width: 1310, height: 983 })
    expect(resized.blob.size).toBeLessThanOrEqual(MB)
  })

  it('is unreadable when the photo cannot be decoded', async () => {
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn().mockRejectedValue(new DOMException('The source image could not be decoded.', 'InvalidStateError')),
    )
    await expect(resizePhoto(photoFile(100))).rejects.toThrow(new Error('unreadable'))
  })

  it('is unreadable when the photo cannot be encoded', async () => {
    const browser = fakeBrowser({ width: 800, height: 600, weigh: streetPhoto })
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        getContext() {
          return null
        }
      },
    )
    await expect(resizePhoto(photoFile(100))).rejects.toThrow(new Error('unreadable'))
    expect(browser.bitmap.close).toHaveBeenCalled()
  })

  it('draws on a <canvas> where there is no OffscreenCanvas', async () => {
    fakeBrowser({ width: 4160, height: 3120, weigh: streetPhoto })
    vi.stubGlobal('OffscreenCanvas', undefined)
    const drawn: number[][] = []
    const qualities: unknown[] = []
    const context = {
      fillStyle: '',
      fillRect: () => {},
      drawImage: (_image: unknown, _x: number, _y: number, width: number, height: number) => drawn.push([width, height]),
    }
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as unknown as CanvasRenderingContext2D)
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (
      this: HTMLCanvasElement,
      done: BlobCallback,
      type?: string,
      quality?: unknown,
    ) {
      qualities.push(quality)
      done(new Blob([new Uint8Array(streetPhoto(this.width, this.height, Number(quality)))], { type }))
    })

    const resized = await resizePhoto(photoFile(12 * MB))

    expect(drawn).toEqual([[2048, 1536]])
    expect(qualities).toEqual([0.85])
    expect(resized).toMatchObject({ width: 2048, height: 1536 })
    expect(resized.blob.type).toBe('image/jpeg')
    expect(resized.blob.size).toBeLessThan(MB)
  })
})

describe('toBase64', () => {
  it('gives the bytes as base64, without a data: prefix', async () => {
    expect(await toBase64(new Blob(['hello'], { type: 'text/plain' }))).toBe('aGVsbG8=')
  })

  it('round-trips every byte value', async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, index) => (index * 7) % 256)
    const encoded = await toBase64(new Blob([bytes], { type: 'image/jpeg' }))
    expect(encoded).not.toMatch(/^data:/)
    expect(new Uint8Array(Buffer.from(encoded, 'base64'))).toEqual(bytes)
    expect(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0))).toEqual(bytes)
  })

  it('gives an empty string for an empty blob', async () => {
    expect(await toBase64(new Blob([]))).toBe('')
  })
})
