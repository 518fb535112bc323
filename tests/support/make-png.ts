import { deflateSync } from 'node:zlib'

// CRC-32 as the PNG specification gives it (polynomial 0xEDB88320), one table entry per byte value.
const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let crc = index
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
  return crc >>> 0
})

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const CHUNK_OVERHEAD = 12 // length, type and CRC

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const COMMENT_KEYWORD = Buffer.from('Comment\0', 'latin1')

/**
 * A real PNG: an 8-bit greyscale diagonal gradient of the given size. With `totalBytes`, a
 * tEXt comment pads the file to exactly that many bytes, so it stays a valid image.
 */
export function makePng(width: number, height: number, { totalBytes }: { totalBytes?: number } = {}): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // colour type: greyscale; compression, filter and interlace stay 0
  const rows = Buffer.alloc(height * (width + 1))
  for (let y = 0; y < height; y++) {
    // Each row starts with filter type 0 (none).
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x + y) & 0xff
  }
  const body = [SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows))]
  const end = chunk('IEND', Buffer.alloc(0))
  if (totalBytes !== undefined) {
    const padding = totalBytes - Buffer.concat([...body, end]).length - CHUNK_OVERHEAD - COMMENT_KEYWORD.length
    if (padding < 0) throw new Error(`a ${width}x${height} PNG needs more than ${totalBytes} bytes`)
    body.push(chunk('tEXt', Buffer.concat([COMMENT_KEYWORD, Buffer.alloc(padding, 'x')])))
  }
  return Buffer.concat([...body, end])
}
