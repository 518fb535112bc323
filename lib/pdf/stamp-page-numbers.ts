import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PDFDocument, rgb } from '@cantoo/pdf-lib'
import * as fontkit from 'fontkit'
import { woffToSfnt } from './woff-to-sfnt'

// Read once: the regular weight of the body font, so the numbers match the rest of the footer.
let bodyFont: Buffer | undefined
const bodyFontBytes = () =>
  (bodyFont ??= woffToSfnt(readFileSync(path.join(process.cwd(), 'node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff'))))

export type TPageNumberStyle = { label: (page: number, pages: number) => string; fontSize: number; baselineY: number; rightX: number; grey: number }

/**
 * Writes "Page N of M" (or "Página N de M") into each page's footer after react-pdf has laid the pages out.
 * react-pdf can print it itself, but only through a dynamic `render` footer, which makes it
 * lay every page out twice: profiles showed that second pass at about a third of the render
 * time. Stamping the finished PDF costs a fraction of that.
 */
export async function stampPageNumbers(pdf: Uint8Array, style: TPageNumberStyle): Promise<{ pdf: Buffer; pageCount: number }> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  document.registerFontkit(fontkit as unknown as Parameters<typeof document.registerFontkit>[0])
  const font = await document.embedFont(bodyFontBytes(), { subset: true })
  const pages = document.getPages()
  pages.forEach((page, index) => {
    const text = style.label(index + 1, pages.length)
    page.drawText(text, {
      x: page.getWidth() - style.rightX - font.widthOfTextAtSize(text, style.fontSize),
      y: style.baselineY,
      size: style.fontSize,
      font,
      color: rgb(style.grey, style.grey, style.grey),
    })
  })
  return { pdf: Buffer.from(await document.save({ useObjectStreams: false })), pageCount: pages.length }
}
