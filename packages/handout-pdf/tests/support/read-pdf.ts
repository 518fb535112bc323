import { getDocumentProxy } from 'unpdf'

export type TPdfText = {
  pages: { text: string; width: number; height: number; items: { str: string; fontSize: number; x: number; y: number; width: number }[] }[]
  info: Record<string, unknown>
}

/** Parses PDF bytes back with pdf.js: each page's size and text, and each text run's font size, start, width and baseline (points, from the page's foot). */
export async function readPdf(bytes: Uint8Array): Promise<TPdfText> {
  const document = await getDocumentProxy(new Uint8Array(bytes))
  const pages: TPdfText['pages'] = []
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const content = await page.getTextContent()
    const [, , width, height] = page.view as [number, number, number, number]
    const items = content.items
      .filter((item): item is typeof item & { str: string; transform: number[]; width: number } => 'str' in item)
      .map((item) => ({ str: item.str, fontSize: Math.hypot(item.transform[0]!, item.transform[1]!), x: item.transform[4]!, y: item.transform[5]!, width: item.width }))
    pages.push({ text: items.map((item) => item.str).join(' ').replace(/\s+/g, ' '), width, height, items })
  }
  const { info } = await document.getMetadata()
  return { pages, info: info as Record<string, unknown> }
}
