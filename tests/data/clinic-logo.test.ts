import { crc32 } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import { getClinicLogo } from '@/lib/data/get-clinic-logo'
import { seedDemoData } from '@/lib/data/seed-demo-data'
import { setClinicLogo } from '@/lib/data/update-clinic'
import { AppError } from '@/lib/errors'
import { LOGO_LIMITS, prepareLogo } from '@/lib/images/prepare-logo'
import { handoutModelOf } from '@/lib/handout/handout-model'
import { renderHere } from '@/lib/handouts/render-here'
import { printedHandoutOf } from '@/lib/handout/printed-handout'
import { makePng } from '../support/make-png'
import { createSuiteDatabase } from '../support/suite-database'

function jpegSegment(marker: number, data: number[]): number[] {
  const length = data.length + 2 // the length counts itself
  return [0xff, marker, length >> 8, length & 0xff, ...data]
}

/**
 * The start of a JPEG file and nothing more: SOI, a JFIF APP0 segment, a Huffman table, the frame
 * header that carries the size, EOI. No image data: it was accepted and printed as a broken image.
 */
function jpegHeaderOnly(width: number, height: number): Buffer {
  return Buffer.from([
    0xff, 0xd8,
    ...jpegSegment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...jpegSegment(0xc4, [0x00, 1, ...Array<number>(15).fill(0), 0x00]),
    ...jpegSegment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    0xff, 0xd9,
  ])
}

/** A real JPEG photo-like image: noise, so it does not compress away. */
function makeJpeg(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let index = 0; index < pixels.length; index++) pixels[index] = (index * 7919) % 251
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer()
}

/**
 * A 16 × 16 PNG whose header (checksum and all) claims another size: its image data is far too
 * short for that size, so decoding it fails. Refused for its size, it was judged by the header alone.
 */
function pngClaiming(width: number, height: number): Buffer {
  const png = Buffer.from(makePng(16, 16))
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29) // the IHDR chunk's checksum, over its type and data
  return png
}

const GIF = Buffer.from([...Buffer.from('GIF89a', 'latin1'), 32, 0, 32, 0, 0, 0, 0, 0x3b])
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64"/></svg>')

async function logoProblems(bytes: Buffer) {
  const error = await prepareLogo(bytes).then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!error) throw new Error('expected the logo to be refused')
  expect(error).toBeInstanceOf(AppError)
  expect(error).toMatchObject({ code: 'invalid_input' })
  return (error as AppError).problems.map((problem) => `${problem.field} ${problem.message}`)
}

const NOT_AN_IMAGE = ['logo must be a PNG or JPEG image']
const DAMAGED = ['logo could not be read: the image is damaged or incomplete; export it again as PNG or JPEG']

describe('preparing an uploaded logo', () => {
  it('keeps a small PNG as a PNG of the same size, decoded and written anew', async () => {
    const upload = makePng(200, 80)
    const logo = await prepareLogo(upload)
    expect(logo).toMatchObject({ mimeType: 'image/png', width: 200, height: 80 })
    expect(await sharp(logo.data).metadata()).toMatchObject({ format: 'png', width: 200, height: 80 })
  })

  it('shrinks a large one to fit the stored box, keeping its proportions and format', async () => {
    const png = await prepareLogo(makePng(3000, 1000))
    expect(png).toMatchObject({ mimeType: 'image/png', width: LOGO_LIMITS.storedWidth, height: LOGO_LIMITS.storedHeight })
    const jpeg = await prepareLogo(await makeJpeg(1200, 1200))
    expect(jpeg).toMatchObject({ mimeType: 'image/jpeg', width: 200, height: 200 })
    expect((await sharp(jpeg.data).metadata()).format).toBe('jpeg')
  })

  it('stores the image, not the padding: a 1 MB upload of a 64 × 64 PNG keeps only its pixels', async () => {
    const logo = await prepareLogo(makePng(64, 64, { totalBytes: LOGO_LIMITS.maxBytes }))
    expect(logo.data.length).toBeLessThan(20_000)
    expect(await logoProblems(makePng(64, 64, { totalBytes: LOGO_LIMITS.maxBytes + 1 }))).toEqual(['logo must be at most 1 MB'])
  })

  it('refuses a decompression bomb (a 4000 × 4000 PNG of a few dozen KB) by its pixel count', async () => {
    const bomb = makePng(4000, 4000)
    expect(bomb.length).toBeLessThan(100_000)
    expect(await logoProblems(bomb)).toEqual(['logo must be at most 10 megapixels (this one is 4000 × 4000); make it smaller'])
  })

  it('judges the size from the header, before decoding anything', async () => {
    expect(await logoProblems(pngClaiming(4000, 4000))).toEqual(['logo must be at most 10 megapixels (this one is 4000 × 4000); make it smaller'])
    expect(await logoProblems(pngClaiming(100_000, 20))).toEqual(['logo must be between 16 and 4000 pixels on each side (this one is 100000 × 20)'])
    // Beyond what PNG allows: the header itself is refused.
    expect(await logoProblems(pngClaiming(2_000_000_000, 2_000_000_000))).toEqual(DAMAGED)
    // Within the limits, the same lie is caught when the image is decoded.
    expect(await logoProblems(pngClaiming(300, 100))).toEqual(DAMAGED)
  })

  it('refuses an image too small or too long to print', async () => {
    expect(await logoProblems(makePng(8, 8))).toEqual(['logo must be between 16 and 4000 pixels on each side (this one is 8 × 8)'])
    expect(await logoProblems(makePng(4001, 16))).toEqual(['logo must be between 16 and 4000 pixels on each side (this one is 4001 × 16)'])
    expect((await prepareLogo(makePng(4000, 16))).width).toBe(LOGO_LIMITS.storedWidth)
  })

  it('refuses a JPEG that is only a header, and any image cut short, instead of printing a broken image', async () => {
    expect(await logoProblems(jpegHeaderOnly(300, 100))).toEqual(DAMAGED)
    const jpeg = await makeJpeg(400, 200)
    expect(await logoProblems(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toEqual(DAMAGED)
    const png = makePng(400, 200)
    expect(await logoProblems(png.subarray(0, png.length - 40))).toEqual(DAMAGED)
    expect(await logoProblems(Buffer.concat([png.subarray(0, 8), Buffer.from('<html><script>alert(1)</script></html>')]))).toEqual(DAMAGED)
  })

  it('refuses anything but PNG and JPEG, whatever the file was called', async () => {
    for (const bytes of [Buffer.from('hello'), Buffer.alloc(0), GIF, SVG, await sharp(makePng(64, 64)).webp().toBuffer()]) {
      expect(await logoProblems(bytes)).toEqual(NOT_AN_IMAGE)
    }
  })
})

describe('a clinic’s logo, stored and printed', () => {
  const database = createSuiteDatabase('clinic-logo')
  let clinicId: string

  beforeAll(async () => {
    await seedDemoData(database())
    clinicId = (await database().clinic.findFirstOrThrow()).id
  })

  const stored = async () => database().clinic.findUniqueOrThrow({ where: { id: clinicId } })

  it('stores the re-encoded copy of an upload, and the handout gets it back', async () => {
    const db = database()
    await setClinicLogo(db, { clinicId }, makePng(3000, 1000))

    const clinic = await stored()
    expect(clinic.logoMimeType).toBe('image/png')
    expect(await sharp(clinic.logo!).metadata()).toMatchObject({ format: 'png', width: 600, height: 200 })
    const logo = await getClinicLogo(db, { clinicId })
    expect(logo?.mimeType).toBe('image/png')
    expect(await sharp(logo!.data).metadata()).toMatchObject({ width: 600, height: 200 })
  })

  it('stores a JPEG as image/jpeg, replacing the PNG', async () => {
    await setClinicLogo(database(), { clinicId }, await makeJpeg(300, 100))
    expect((await stored()).logoMimeType).toBe('image/jpeg')
  })

  it('keeps the current logo when the new file is refused', async () => {
    const db = database()
    await setClinicLogo(db, { clinicId }, makePng(64, 64))
    const before = await stored()

    for (const refused of [Buffer.from('hello'), GIF, makePng(8, 8), makePng(4000, 4000), jpegHeaderOnly(300, 100), makePng(64, 64, { totalBytes: LOGO_LIMITS.maxBytes + 1 })]) {
      const error = await setClinicLogo(db, { clinicId }, refused).catch((caught: unknown) => caught)
      expect(error).toMatchObject({ code: 'invalid_input', problems: [{ field: 'logo' }] })
    }
    expect(await stored()).toEqual(before)
  })

  it('re-encodes a logo stored before uploads were: an old bomb reaches the PDF at the stored size', async () => {
    const db = database()
    // Written as the old upload check let it through: 4000 × 2500 pixels in a few dozen KB.
    await db.clinic.update({ where: { id: clinicId }, data: { logo: new Uint8Array(makePng(4000, 2500)), logoMimeType: 'image/png' } })

    const logo = await getClinicLogo(db, { clinicId })
    expect(await sharp(logo!.data).metadata()).toMatchObject({ format: 'png', width: 320, height: 200 })

    const { bytes } = await renderHere(printedHandoutOf(handoutModelOf({ group: 'senior', causes: ['dehydration'] }, { date: '2026-11-26' })), logo ?? undefined)
    const text = Buffer.from(bytes).toString('latin1')
    expect(text).toMatch(/\/Width 320\b/)
    expect(text).not.toMatch(/\/Width 4000\b/)
  })

  it('leaves off the handout an old logo it cannot print: a bomb over the limit, a JPEG header alone', async () => {
    const db = database()
    for (const old of [{ bytes: makePng(4000, 4000), mimeType: 'image/png' }, { bytes: jpegHeaderOnly(300, 100), mimeType: 'image/jpeg' }]) {
      await db.clinic.update({ where: { id: clinicId }, data: { logo: new Uint8Array(old.bytes), logoMimeType: old.mimeType } })
      expect(await getClinicLogo(db, { clinicId })).toBeUndefined()
    }
  })

  it('gives requests that arrive together the same logo, and the new one as soon as it is uploaded', async () => {
    const db = database()
    const sizeOf = async (logo: { data: Uint8Array } | undefined) => logo && (await sharp(logo.data).metadata()).width
    await setClinicLogo(db, { clinicId }, makePng(300, 100))
    const first = (await stored()).updatedAt
    const together = await Promise.all(Array.from({ length: 5 }, () => getClinicLogo(db, { clinicId, updatedAt: first })))
    expect(await Promise.all(together.map(sizeOf))).toEqual([300, 300, 300, 300, 300])

    await setClinicLogo(db, { clinicId }, makePng(120, 100))
    expect(await sizeOf(await getClinicLogo(db, { clinicId, updatedAt: (await stored()).updatedAt }))).toBe(120)
    // A request that read the user before the upload still gets the new logo from the database.
    expect(await sizeOf(await getClinicLogo(db, { clinicId, updatedAt: first }))).toBe(120)
  })

  it('removes the logo, so handouts print without one', async () => {
    const db = database()
    await setClinicLogo(db, { clinicId }, makePng(64, 64))

    await setClinicLogo(db, { clinicId }, null)

    expect(await stored()).toMatchObject({ logo: null, logoMimeType: null })
    expect(await getClinicLogo(db, { clinicId })).toBeUndefined()
  })
})
