'use client'

import { useEffect, useRef, useState } from 'react'
import type { THandoutPages } from '@/lib/handout/page-budget'

// Longer than the preview's delay: each count renders the whole PDF on the server.
const COUNT_DELAY_MS = 400

export type TPageCount = { pages?: THandoutPages; isCounting: boolean; hasFailed: boolean; isOverBudget: boolean }

const isPages = (body: unknown): body is THandoutPages =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as THandoutPages).pages === 'number' &&
  (typeof (body as THandoutPages).budget === 'number' || (body as THandoutPages).budget === null) &&
  Array.isArray((body as THandoutPages).leftOut)

/**
 * The pages the PDF of these choices has, from the server's real render (POST /api/handouts/pages),
 * asked again a moment after the choices stop changing. An answer to older choices is dropped.
 */
export function usePageCount(input: object | undefined): TPageCount {
  const [answer, setAnswer] = useState<{ for: object; pages?: THandoutPages }>()
  const latest = useRef(0)

  useEffect(() => {
    if (!input) return
    const request = ++latest.current
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      let pages: THandoutPages | undefined
      try {
        const response = await fetch('/api/handouts/pages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input), signal: controller.signal })
        const body: unknown = response.ok ? await response.json() : undefined
        pages = isPages(body) ? body : undefined
      } catch {
        if (controller.signal.aborted) return
      }
      if (request === latest.current) setAnswer({ for: input, pages })
    }, COUNT_DELAY_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [input])

  const pages = answer?.pages
  return {
    pages,
    isCounting: Boolean(input) && answer?.for !== input,
    hasFailed: answer !== undefined && !pages,
    isOverBudget: Boolean(pages && pages.budget !== null && pages.pages > pages.budget),
  }
}

export const pagesInWords = (pages: number) => `${pages} ${pages === 1 ? 'page' : 'pages'}`

/** The count beside the preview, and the warning when a short handout is over its budget. Announced politely when it changes. */
export function PageCount({ count, overBudgetId }: { count: TPageCount; overBudgetId: string }) {
  const { pages, isCounting, hasFailed, isOverBudget } = count
  if (!pages && !isCounting && !hasFailed) return null
  return (
    <p className="page-count" role="status" aria-live="polite" aria-busy={isCounting}>
      {!pages && (isCounting ? 'Counting pages…' : 'Could not count the pages.')}
      {pages &&
        (isOverBudget ? (
          <span className="warning-text" id={overBudgetId}>
            {pagesInWords(pages.pages)}: over the {pages.budget}-page budget for a short handout. Remove a cause or an optional part, or print the complete guide on purpose.
          </span>
        ) : (
          <span className="page-count-number">
            {pagesInWords(pages.pages)}
            {pages.budget === null ? ' (complete guide)' : `, within the ${pages.budget}-page budget`}
            {pages.leftOut.length > 0 && `. ${pages.leftOut.length} extra ${pages.leftOut.length === 1 ? 'tip was' : 'tips were'} left out to fit; the web version behind the QR code has them all.`}
          </span>
        ))}
    </p>
  )
}
