import { beforeAll, describe, expect, it } from 'vitest'
import { getClinicLogo } from '@/lib/data/get-clinic-logo'
import { seedDemoData } from '@/lib/data/seed-demo-data'
import { checkLogo, LOGO_MAX_BYTES, setClinicLogo } from '@/lib/data/update-clinic'
import { AppError } from '@/lib/errors'
import { readImageInfo } from '@/lib/images/read-image-info'
import { makePng } from '../support/make-png'
import { createSuiteDatabase } from '../support/suite-database'

function jpegSegment(marker: number, data: number[]): number[] {
  const length = data.length + 2 // the length counts itself
  return [0xff, marker, length >> 8, length & 0xff, ...data]
}

/**
 * The start of a JPEG file as cameras and editors write it: SOI, a JFIF APP0 segment, a
 * Huffman table (DHT, marker C4, which looks like a frame marker but is not), then the frame
 * header (SOF0 baseline by default) that carries the size, and EOI.
 */
function jpegHeader(width: number, height: number, { frameMarker = 0xc0 } = {}): Buffer {
  return Buffer.from([
    0xff, 0xd8,
    ...jpegSegment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...jpegSegment(0xc4, [0x00, 1, ...Array<number>(15).fill(0), 0x00]),
    ...jpegSegment(frameMarker, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    0xff, 0xd9,
  ])
}

/** A GIF89a header: signature, 32x32 logical screen, no colour table, trailer. */
const GIF = Buffer.from([...Buffer.from('GIF89a', 'latin1'), 32, 0, 32, 0, 0, 0, 0, 0x3b])

function logoProblems(bytes: Buffer) {
  try {
    checkLogo(bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'invalid_input' })
    return (error as AppError).problems
  }
  throw new Error('expected the logo to be rejected')
}

const NOT_AN_IMAGE = [{ field: 'logo', message: 'must be a PNG or JPEG image' }]
const BAD_SIZE = [{ field: 'logo', message: 'must be between 16 and 4000 pixels on each side' }]

describe('telling what an uploaded image is from its bytes', () => {
  it('reads the size of a PNG', () => {
    expect(readImageInfo(makePng(120, 45))).toEqual({ mimeType: 'image/png', width: 120, height: 45 })
  })

  it('reads the size of a JPEG from its frame header, past the segments before it', () => {
    expect(readImageInfo(jpegHeader(640, 480))).toEqual({ mimeType: 'image/jpeg', width: 640, height: 480 })
    expect(readImageInfo(jpegHeader(300, 1200, { frameMarker: 0xc2 }))).toEqual({ mimeType: 'image/jpeg', width: 300, height: 1200 })
  })

  it('knows nothing else, whatever the file was called', () => {
    const png = makePng(32, 32)
    const notImages = {
      'a text file': Buffer.from('hello'),
      'an empty file': Buffer.alloc(0),
      'a GIF': GIF,
      'a PNG signature alone': png.subarray(0, 8),
      'a PNG cut off inside its header': png.subarray(0, 20),
      'a PNG signature followed by text': Buffer.concat([png.subarray(0, 8), Buffer.from('<html><script>alert(1)</script></html>')]),
      'a JPEG start with no frame header': Buffer.from([0xff, 0xd8, ...jpegSegment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]), 0xff, 0xd9]),
      'a JPEG start followed by text': Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.from('this is not a segment')]),
    }
    for (const [what, bytes] of Object.entries(notImages)) expect(readImageInfo(bytes), what).toBeUndefined()
  })
})

describe('checking an uploaded logo', () => {
  it('accepts a PNG or a JPEG between 16 and 4000 pixels on each side', () => {
    expect(checkLogo(makePng(200, 80))).toEqual({ mimeType: 'image/png', width: 200, height: 80 })
    expect(checkLogo(jpegHeader(640, 480))).toEqual({ mimeType: 'image/jpeg', width: 640, height: 480 })
    expect(checkLogo(makePng(16, 16))).toMatchObject({ width: 16, height: 16 })
    expect(checkLogo(makePng(4000, 16))).toMatchObject({ width: 4000, height: 16 })
    expect(checkLogo(makePng(16, 4000))).toMatchObject({ width: 16, height: 4000 })
  })

  it('refuses a file that is not a PNG or JPEG, even when named .png', () => {
    expect(logoProblems(Buffer.from('hello'))).toEqual(NOT_AN_IMAGE)
    expect(logoProblems(GIF)).toEqual(NOT_AN_IMAGE)
  })

  it('refuses an image too small or too large to print', () => {
    expect(logoProblems(makePng(8, 8))).toEqual(BAD_SIZE)
    expect(logoProblems(makePng(15, 16))).toEqual(BAD_SIZE)
    expect(logoProblems(makePng(4001, 10))).toEqual(BAD_SIZE)
    expect(logoProblems(makePng(4001, 16))).toEqual(BAD_SIZE)
    expect(logoProblems(jpegHeader(16, 4001))).toEqual(BAD_SIZE)
  })

  it('accepts a file of exactly 1 MB and refuses one byte more', () => {
    expect(checkLogo(makePng(64, 64, { totalBytes: LOGO_MAX_BYTES }))).toMatchObject({ mimeType: 'image/png' })
    expect(logoProblems(makePng(64, 64, { totalBytes: LOGO_MAX_BYTES + 1 }))).toEqual([{ field: 'logo', message: 'must be at most 1 MB' }])
  })
})

describe('setting and removing a clinic’s logo', () => {
  const database = createSuiteDatabase('clinic-logo')
  let clinicId: string

  beforeAll(async () => {
    await seedDemoData(database())
    clinicId = (await database().clinic.findFirstOrThrow()).id
  })

  it('stores a PNG byte for byte, and the handout gets it back', async () => {
    const db = database()
    const png = makePng(120, 40)

    await setClinicLogo(db, { clinicId }, png)

    const clinic = await db.clinic.findUniqueOrThrow({ where: { id: clinicId } })
    expect(clinic.logoMimeType).toBe('image/png')
    expect(Buffer.from(clinic.logo!).equals(png)).toBe(true)
    const logo = await getClinicLogo(db, { clinicId })
    expect(logo?.mimeType).toBe('image/png')
    expect(Buffer.from(logo!.data).equals(png)).toBe(true)
  })

  it('stores a JPEG as image/jpeg, replacing the PNG', async () => {
    const db = database()
    const jpeg = jpegHeader(300, 100)

    await setClinicLogo(db, { clinicId }, jpeg)

    const clinic = await db.clinic.findUniqueOrThrow({ where: { id: clinicId } })
    expect(clinic.logoMimeType).toBe('image/jpeg')
    expect(Buffer.from(clinic.logo!).equals(jpeg)).toBe(true)
  })

  it('keeps the current logo when the new file is refused', async () => {
    const db = database()
    await setClinicLogo(db, { clinicId }, makePng(64, 64))
    const before = await db.clinic.findUniqueOrThrow({ where: { id: clinicId } })

    for (const refused of [Buffer.from('hello'), GIF, makePng(8, 8), makePng(64, 64, { totalBytes: LOGO_MAX_BYTES + 1 })]) {
      const error = await setClinicLogo(db, { clinicId }, refused).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ code: 'invalid_input', problems: [{ field: 'logo' }] })
    }
    expect(await db.clinic.findUniqueOrThrow({ where: { id: clinicId } })).toEqual(before)
  })

  it('removes the logo, so handouts print without one', async () => {
    const db = database()
    await setClinicLogo(db, { clinicId }, makePng(64, 64))

    await setClinicLogo(db, { clinicId }, null)

    expect(await db.clinic.findUniqueOrThrow({ where: { id: clinicId } })).toMatchObject({ logo: null, logoMimeType: null })
    expect(await getClinicLogo(db, { clinicId })).toBeUndefined()
  })
})
