'use client'

import { useEffect, useRef, useState } from 'react'
import { GradeBadge } from '@/components/grade-badge'
import { HandoutPreview } from '@/components/handout-preview'
import { spanishEaseLabel } from '@/lib/content/spanish-ease-label'
import { withoutLines } from '@/lib/handout/prune-lines'
import { previewHandout, type TPreviewResult } from './actions'
import { PageCount, pagesInWords, usePageCount, type TPageCount } from './page-count'

const PREVIEW_DELAY_MS = 200

export type TLivePreview = { preview?: TPreviewResult; pageCount: TPageCount }

/**
 * The handout these choices make, assembled on the server a moment after they stop changing
 * (an answer to older choices is dropped), and its page count from the real PDF. No input, no
 * preview: the form has no patient group yet.
 */
export function useLivePreview(input: object | undefined): TLivePreview {
  const [preview, setPreview] = useState<TPreviewResult>()
  const latest = useRef(0)
  useEffect(() => {
    if (!input) return
    const request = ++latest.current
    const timer = setTimeout(async () => {
      const result = await previewHandout(input)
      if (request === latest.current) setPreview(result)
    }, PREVIEW_DELAY_MS)
    return () => clearTimeout(timer)
  }, [input])
  return { preview, pageCount: usePageCount(input) }
}

/** The preview beside a form that makes a handout (the builder, a template being edited): reading level, page count and the handout as it prints. */
export function LivePreview({ preview, pageCount, overBudgetId, placeholder }: TLivePreview & { overBudgetId: string; placeholder: string }) {
  const handout = preview?.ok ? preview.handout : undefined
  const grade = handout?.readability.grade
  // The preview shows what the PDF prints: without the lines it left out to keep to its pages.
  const leftOut = pageCount.pages?.leftOut ?? []
  return (
    // Focusable so keyboard users can scroll the preview on its own.
    <section className="builder-preview" id="handout-preview" aria-labelledby="preview-heading" tabIndex={0}>
      <div className="preview-bar">
        <h2 id="preview-heading">Preview</h2>
        {grade !== undefined && (
          <p className="readability" aria-live="polite">
            Reading level <GradeBadge grade={grade} />
            {grade > 6 && <span className="warning-text"> Above grade 6: use shorter words and sentences in your note.</span>}
          </p>
        )}
        {handout?.spanishReadability && (
          <p className="readability">
            Spanish ease{' '}
            <span className={`badge ${handout.spanishReadability.score >= 65 ? 'badge-ok' : 'badge-warn'}`} title="Fernández-Huerta reading ease (higher is easier)">
              {handout.spanishReadability.score.toFixed(0)} · {spanishEaseLabel(handout.spanishReadability.score)}
            </span>
          </p>
        )}
        <PageCount count={pageCount} overBudgetId={overBudgetId} />
      </div>
      {handout ? <HandoutPreview handout={leftOut.length > 0 ? withoutLines(handout, leftOut) : handout} /> : <p className="placeholder">{placeholder}</p>}
    </section>
  )
}

/**
 * On a screen too narrow for the preview beside the form, it is far below: this link in the
 * action bar says how many pages are coming and goes there. Hidden where the preview is beside.
 */
export function PreviewJump({ pageCount }: { pageCount: TPageCount }) {
  const pages = pageCount.pages?.pages
  return (
    <a className="preview-jump" href="#handout-preview">
      Preview{pages !== undefined && `: ${pagesInWords(pages)}`}
    </a>
  )
}
