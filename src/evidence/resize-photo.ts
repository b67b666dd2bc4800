export type PhotoError = 'wrongType' | 'tooBig' | 'unreadable'

export const MAX_PHOTOS = 3
/** What one photo may weigh once resized: what we send over a patchy phone signal. */
export const LARGEST_UPLOAD_BYTES = 1024 * 1024
/** What a photo may weigh before resizing: bigger than any phone camera makes, and more we should not try to decode. */
export const LARGEST_ORIGINAL_BYTES = 30 * 1024 * 1024
/** The types we accept, by MIME type. HEIC is left out: most browsers cannot decode it. */
export const ACCEPTED_PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp']
export const LONGEST_SIDE = 2048

const qualities = [0.85, 0.75, 0.65, 0.55, 0.45]
const shrinkBy = 0.8

/** Some Android pickers give no MIME type at all; only then do we go by the name. */
const acceptedNames = /\.(jpe?g|png|webp)$/i

export function checkPhoto(file: File): PhotoError | null {
  const accepted = file.type ? ACCEPTED_PHOTO_TYPES.includes(file.type) : acceptedNames.test(file.name)
  if (!accepted) return 'wrongType'
  if (file.size > LARGEST_ORIGINAL_BYTES) return 'tooBig'
  return null
}

interface Surface {
  encode: (quality: number) => Promise<Blob>
  release: () => void
}

/** Draws the photo at the given size, on an OffscreenCanvas where there is one, else a <canvas>. */
function drawAt(bitmap: ImageBitmap, width: number, height: number): Surface {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height)
    paint(canvas.getContext('2d'), bitmap, width, height)
    return {
      encode: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }),
      release: () => {
        canvas.width = 0
        canvas.height = 0
      },
    }
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  paint(canvas.getContext('2d'), bitmap, width, height)
  return {
    encode: (quality) =>
      new Promise<Blob>((resolve, reject) => {
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('unreadable'))), 'image/jpeg', quality)
      }),
    // Phones limit the canvas memory a page may hold, so give it back straight away.
    release: () => {
      canvas.width = 0
      canvas.height = 0
    },
  }
}

function paint(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null,
  bitmap: ImageBitmap,
  width: number,
  height: number,
) {
  if (!context) throw new Error('unreadable')
  // JPEG has no transparency: see-through parts of a PNG or WebP would otherwise come out black.
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.imageSmoothingQuality = 'high'
  context.drawImage(bitmap, 0, 0, width, height)
}

/**
 * Makes a photo small enough to send over a weak signal: at most `longestSide` pixels on its longest
 * side, then JPEG at falling quality, then smaller still, until it weighs no more than `largestBytes`.
 * Re-encoding through a canvas drops the EXIF data, including where the photo was taken: good for privacy.
 * Throws an Error with the message 'unreadable' if the photo cannot be decoded or encoded.
 */
export async function resizePhoto(
  file: Blob,
  options: { longestSide?: number; largestBytes?: number } = {},
): Promise<{ blob: Blob; width: number; height: number }> {
  const longestSide = options.longestSide ?? LONGEST_SIDE
  const largestBytes = options.largestBytes ?? LARGEST_UPLOAD_BYTES
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    throw new Error('unreadable')
  }
  try {
    if (!(bitmap.width > 0 && bitmap.height > 0)) throw new Error('unreadable')
    const scale = Math.min(1, longestSide / Math.max(bitmap.width, bitmap.height))
    let width = Math.max(1, Math.round(bitmap.width * scale))
    let height = Math.max(1, Math.round(bitmap.height * scale))
    let tryQualities = qualities
    for (;;) {
      const surface = drawAt(bitmap, width, height)
      try {
        for (const quality of tryQualities) {
          const blob = await surface.encode(quality)
          if (blob.size <= largestBytes) return { blob, width, height }
        }
      } finally {
        surface.release()
      }
      // Even a 1×1 picture is too heavy: nothing sensible can be sent.
      if (width === 1 && height === 1) throw new Error('unreadable')
      // Quality alone was not enough: keep the lowest and make the picture smaller.
      tryQualities = qualities.slice(-1)
      width = Math.max(1, Math.round(width * shrinkBy))
      height = Math.max(1, Math.round(height * shrinkBy))
    }
  } catch (error) {
    throw error instanceof Error && error.message === 'unreadable' ? error : new Error('unreadable', { cause: error })
  } finally {
    bitmap.close()
  }
}

/** The photo as base64, without a `data:` prefix, to send inside JSON. */
export function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the photo'))
    reader.readAsDataURL(blob)
  })
}
