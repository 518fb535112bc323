import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Browser } from 'playwright-core'
import { HandoutPreview } from '../components/handout-preview'
import type { THandout } from '../lib/handout/assemble'

const fontFace = (weight: number) =>
  `@font-face { font-family: 'Atkinson Hyperlegible'; font-weight: ${weight}; src: url('file://${path.join(process.cwd(), 'node_modules/@fontsource/atkinson-hyperlegible/files', `atkinson-hyperlegible-latin-${weight}-normal.woff2`)}') format('woff2'); }`

/** The HTML preview of a handout as a whole page: the same model and components as the builder's preview. */
export function previewHtml(handout: THandout): string {
  const css = readFileSync(path.join(process.cwd(), 'app/globals.css'), 'utf8')
  const body = renderToStaticMarkup(createElement(HandoutPreview, { handout }))
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${fontFace(400)}${fontFace(700)}${css}
    @page { size: Letter; margin: 0.6in; } .handout-preview { box-shadow: none; margin: 0; padding: 0; }</style></head><body>${body}</body></html>`
}

/** Chromium's print-to-PDF of a page already loaded: the comparison the issue asks for. */
export async function timeChromiumPrint(browser: Browser, handout: THandout, runs: number): Promise<{ times: number[]; bytes: number }> {
  const page = await browser.newPage()
  await page.setContent(previewHtml(handout), { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  let bytes = 0
  const times: number[] = []
  for (let run = 0; run <= runs; run++) {
    const started = performance.now()
    const pdf = await page.pdf({ format: 'Letter', printBackground: true })
    if (run > 0) times.push(performance.now() - started) // the first print warms Chromium's printing path
    bytes = pdf.length
  }
  await page.close()
  return { times, bytes }
}
