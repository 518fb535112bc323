import sharp from 'sharp'
import { AppError } from '../errors'

/**
 * What a clinic logo may be. The limits on sides and pixels are read from the file's header
 * before anything is decoded: a 62 KB PNG can declare 4000 × 4000 pixels (a decompression
 * bomb), and react-pdf, which decodes PNGs in JavaScript on every render, then took seconds
 * per PDF and a gigabyte of memory. @see issue 20, item 2
 */
export const LOGO_LIMITS = {
  maxBytes: 1024 * 1024,
  minSide: 16,
  maxSide: 4000,
  maxPixels: 10_000_000,
  /** The stored logo fits this box: the PDF prints it at most 150 × 50 pt, so this is about 290 dpi. */
  storedWidth: 600,
  storedHeight: 200,
} as const

export type TPreparedLogo = { data: Buffer; mimeType: 'image/png' | 'image/jpeg'; width: number; height: number }

// Uploads are rare and one-off: no cache of decoded images kept in memory between them.
sharp.cache(false)

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff])

const refuse = (message: string, summary: string) => new AppError('invalid_input', summary, [{ field: 'logo', message }])

const NOT_PNG_OR_JPEG = () => refuse('must be a PNG or JPEG image', 'Not a PNG or JPEG image')
const UNREADABLE = () => refuse('could not be read: the image is damaged or incomplete; export it again as PNG or JPEG', 'Damaged image')

/**
 * Checks an uploaded logo and returns the copy to store: decoded in full once (so a damaged or
 * truncated file is refused here, not printed as a broken image), turned upright, in sRGB, shrunk
 * to fit LOGO_LIMITS' stored box, re-encoded in its own format and stripped of metadata. Anything
 * else is an AppError on the `logo` field.
 */
export async function prepareLogo(bytes: Buffer): Promise<TPreparedLogo> {
  if (bytes.length > LOGO_LIMITS.maxBytes) throw refuse('must be at most 1 MB', 'Logo too large')
  // Only the PNG and JPEG decoders ever see the bytes: the library reads many other formats (SVG among them).
  const isPng = bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)
  const isJpeg = bytes.subarray(0, JPEG_SIGNATURE.length).equals(JPEG_SIGNATURE)
  if (!isPng && !isJpeg) throw NOT_PNG_OR_JPEG()

  const header = await sharp(bytes).metadata().catch(() => undefined)
  if (!header) throw UNREADABLE()
  if (header.format !== (isPng ? 'png' : 'jpeg')) throw NOT_PNG_OR_JPEG()
  const { width, height } = header
  if (width < LOGO_LIMITS.minSide || height < LOGO_LIMITS.minSide || width > LOGO_LIMITS.maxSide || height > LOGO_LIMITS.maxSide) {
    throw refuse(`must be between ${LOGO_LIMITS.minSide} and ${LOGO_LIMITS.maxSide} pixels on each side (this one is ${width} × ${height})`, 'Bad size')
  }
  if (width * height > LOGO_LIMITS.maxPixels) {
    throw refuse(`must be at most ${LOGO_LIMITS.maxPixels / 1_000_000} megapixels (this one is ${width} × ${height}); make it smaller`, 'Too many pixels')
  }

  try {
    // limitInputPixels again, in case a later frame or chunk disagrees with the header.
    const image = sharp(bytes, { failOn: 'error', limitInputPixels: LOGO_LIMITS.maxPixels })
      .autoOrient()
      .resize({ width: LOGO_LIMITS.storedWidth, height: LOGO_LIMITS.storedHeight, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
    const encoded = isPng ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 90 })
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true })
    return { data, mimeType: isPng ? 'image/png' : 'image/jpeg', width: info.width, height: info.height }
  } catch {
    throw UNREADABLE()
  }
}
