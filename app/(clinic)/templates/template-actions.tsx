'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { openPdf } from '@/components/open-pdf'
import { copyTemplate, removeTemplate, shareTemplate, type TTemplateActionResult } from './actions'

function Result({ result }: { result?: TTemplateActionResult }) {
  if (!result) return null
  return (
    <p className={result.ok ? 'notice' : 'alert'} role={result.ok ? 'status' : 'alert'}>
      {result.message}
    </p>
  )
}

/** Duplicate, share and delete (with a confirmation step) for one template. */
export function TemplateActions({ templateId, name, isShared, canChange }: { templateId: string; name: string; isShared: boolean; canChange: boolean }) {
  const router = useRouter()
  const [result, setResult] = useState<TTemplateActionResult>()
  const [isConfirming, setIsConfirming] = useState(false)
  const [isPending, startTransition] = useTransition()
  const run = (action: () => Promise<TTemplateActionResult>) =>
    startTransition(async () => {
      const outcome = await action()
      setResult(outcome)
      setIsConfirming(false)
      router.refresh()
    })

  return (
    <>
      <button type="button" className="button-secondary" disabled={isPending} onClick={() => run(() => copyTemplate(templateId))} aria-label={`Duplicate ${name}`}>
        Duplicate
      </button>
      {canChange && (
        <button type="button" className="button-secondary" disabled={isPending} onClick={() => run(() => shareTemplate(templateId, !isShared))} aria-label={`${isShared ? 'Stop sharing' : 'Share'} ${name}`}>
          {isShared ? 'Stop sharing' : 'Share with clinic'}
        </button>
      )}
      {canChange &&
        (isConfirming ? (
          <span className="confirm" role="group" aria-label={`Confirm deleting ${name}`}>
            <span>Delete &quot;{name}&quot;?</span>
            <button type="button" className="button-danger" disabled={isPending} onClick={() => run(() => removeTemplate(templateId))}>
              Yes, delete
            </button>
            <button type="button" className="button-secondary" onClick={() => setIsConfirming(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" className="button-danger" disabled={isPending} onClick={() => setIsConfirming(true)} aria-label={`Delete ${name}`}>
            Delete
          </button>
        ))}
      <Result result={result} />
    </>
  )
}

/** "Print now": only the optional first name, then the PDF. */
export function PrintNow({ templateId, name }: { templateId: string; name: string }) {
  const [firstName, setFirstName] = useState('')
  const [error, setError] = useState<string>()
  const [isBusy, setIsBusy] = useState(false)
  const inputId = `print-now-${templateId}`

  async function print(kind: 'download' | 'print') {
    setIsBusy(true)
    setError(undefined)
    try {
      const response = await fetch(`/api/templates/${encodeURIComponent(templateId)}/pdf`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(firstName.trim() ? { patientFirstName: firstName } : {}),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[]; error?: string }
        setError(body.errors?.map((problem) => problem.message).join(' ') ?? body.error ?? 'The PDF could not be made.')
        return
      }
      const fileName = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'handout.pdf'
      openPdf(kind, URL.createObjectURL(await response.blob()), fileName)
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <form className="print-now" onSubmit={(event) => event.preventDefault()} aria-label={`Print now: ${name}`}>
      <div className="field">
        <label htmlFor={inputId}>Patient&apos;s first name (optional)</label>
        <input id={inputId} value={firstName} maxLength={40} autoComplete="off" onChange={(event) => setFirstName(event.target.value)} />
      </div>
      <button type="button" className="button-secondary" disabled={isBusy} aria-busy={isBusy} onClick={() => print('print')}>
        {isBusy ? 'Making PDF…' : 'Print now'}
      </button>
      <button type="button" className="button-secondary" disabled={isBusy} onClick={() => print('download')}>
        Download
      </button>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
