import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'

// The decoder's WebAssembly comes from the npm package on disk; by default it would be fetched from a CDN.
const wasm = readFileSync(path.join(process.cwd(), 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm'))
prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true })

/** Prints each page of a PDF to a picture, as a phone camera would see the paper, and decodes every QR code on it. */
export async function readQrCodes(pdf: Uint8Array): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qr-'))
  try {
    writeFileSync(path.join(dir, 'handout.pdf'), pdf)
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', path.join(dir, 'handout.pdf'), path.join(dir, 'page')])
    const texts: string[] = []
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.png')).sort()) {
      const results = await readBarcodes(new Blob([readFileSync(path.join(dir, file))]), { formats: ['QRCode'] })
      texts.push(...results.filter((result) => result.isValid).map((result) => result.text))
    }
    return texts
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
