import { PDFDocument, rgb } from '@cantoo/pdf-lib'
import * as fontkit from 'fontkit'
import { bodyFontTrueType } from './fonts'

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
  // The regular body face, so the numbers match the rest of the footer.
  const font = await document.embedFont(bodyFontTrueType(), { subset: true })
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
