'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useMemo, useState } from 'react'
import { emptyChoices, firstErrorFor, HandoutChoices, type TChoices, type TTopicChoices } from '@/components/handout-choices'
import type { TFieldProblem } from '@/lib/errors'
import { FOLLOW_UP_MAX_DAYS, isoDatePlusDays, NOTE_MAX_LENGTH } from '@/lib/handout/note-limits'
import type { TPaper } from '@/lib/handout/options'
import { openPdf } from '@/components/open-pdf'
import { LivePreview, PreviewJump, useLivePreview } from './live-preview'
import { saveAsTemplate, type TSaveTemplateResult } from './actions'

export type TBuilderStart = { templateId: string; templateName: string; choices: TChoices & { group: string }; note: string; followUpDate: string }

type TBusy = 'download' | 'print' | 'save' | undefined

const OVER_BUDGET_ID = 'over-page-budget'
const DAY_MS = 86_400_000

function fileNameOf(response: Response): string {
  return /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'handout.pdf'
}

/** Whole days from today to a YYYY-MM-DD date, for a template's follow-up interval. */
function daysUntil(date: string, today: string): number | null {
  if (!date) return null
  return Math.round((Date.parse(date) - Date.parse(today)) / DAY_MS)
}

export function HandoutForm({ topics, start, paper }: { topics: TTopicChoices[]; start?: TBuilderStart; paper: TPaper }) {
  const router = useRouter()
  const [choices, setChoices] = useState<TChoices>(start?.choices ?? emptyChoices(topics[0]!.id, paper))
  const [patientFirstName, setPatientFirstName] = useState('')
  const [note, setNote] = useState(start?.note ?? '')
  const [followUpDate, setFollowUpDate] = useState(start?.followUpDate ?? '')
  const today = new Date().toLocaleDateString('en-CA')
  const [busy, setBusy] = useState<TBusy>()
  const [actionErrors, setActionErrors] = useState<TFieldProblem[]>([])
  const [isSaveOpen, setIsSaveOpen] = useState(false)
  const [saved, setSaved] = useState<TSaveTemplateResult>()

  const input = useMemo(
    () => ({
      ...choices,
      personal: {
        ...(patientFirstName.trim() && { patientFirstName }),
        ...(note.trim() && { note }),
        ...(followUpDate && { followUpDate }),
      },
    }),
    [choices, patientFirstName, note, followUpDate],
  )

  const live = useLivePreview(choices.group ? input : undefined)
  const { preview, pageCount } = live

  const errors = [...(preview && !preview.ok ? preview.errors : []), ...actionErrors]
  const errorFor = (field: string) => firstErrorFor(errors, field)

  async function fetchPdf(kind: 'download' | 'print') {
    setBusy(kind)
    setActionErrors([])
    try {
      const query = start ? `?template=${encodeURIComponent(start.templateId)}` : ''
      const response = await fetch(`/api/handouts/pdf${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) })
      if (response.status === 401) {
        router.push('/sign-in?callbackUrl=/handouts/new')
        return
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: TFieldProblem[] }
        setActionErrors(body.errors ?? [{ field: '(pdf)', message: 'The PDF could not be made. Please try again.' }])
        return
      }
      openPdf(kind, URL.createObjectURL(await response.blob()), fileNameOf(response))
    } catch {
      setActionErrors([{ field: '(pdf)', message: 'The PDF could not be made. Check your connection and try again.' }])
    } finally {
      setBusy(undefined)
    }
  }

  async function onSaveTemplate(form: FormData) {
    setBusy('save')
    const followUpDays = daysUntil(followUpDate, today)
    const result = await saveAsTemplate({
      name: String(form.get('templateName') ?? ''),
      isShared: form.get('isShared') === 'on',
      ...choices,
      // The note was written for this patient: it goes into the template only when asked.
      defaultNote: form.get('keepNote') === 'on' && note.trim() ? note : null,
      followUpDays: followUpDays !== null && followUpDays > 0 ? followUpDays : null,
    })
    setSaved(result)
    if (result.ok) setIsSaveOpen(false)
    setBusy(undefined)
  }

  const saveErrors = saved && !saved.ok ? saved.errors : []

  return (
    <div className="builder">
      <form className="builder-form" onSubmit={(event) => event.preventDefault()} aria-label="Handout choices">
        <a className="skip-link" href="#handout-actions">
          Skip to Download and Print
        </a>
        <HandoutChoices topics={topics} value={choices} onChange={setChoices} errors={errors} />

        <fieldset>
          <legend>For this patient</legend>
          <div className="field">
            <label htmlFor="patientFirstName">First name (optional)</label>
            <input id="patientFirstName" name="patientFirstName" maxLength={40} autoComplete="off" value={patientFirstName} onChange={(event) => setPatientFirstName(event.target.value)} aria-describedby="patientFirstName-hint" />
            <p className="hint" id="patientFirstName-hint">
              Printed as &quot;Prepared for …&quot;. Never saved.
            </p>
            {errorFor('personal.patientFirstName') && <p className="field-error">First name: {errorFor('personal.patientFirstName')}</p>}
          </div>
          <div className="field">
            <label htmlFor="note">Your note (optional)</label>
            <textarea id="note" name="note" rows={4} maxLength={NOTE_MAX_LENGTH} value={note} onChange={(event) => setNote(event.target.value)} aria-describedby="note-hint" />
            <p className="hint" id="note-hint">
              {note.length}/{NOTE_MAX_LENGTH} characters. Shown in a box at the top. Not kept with the handout&apos;s history.
            </p>
            {errorFor('personal.note') && <p className="field-error">Note: {errorFor('personal.note')}</p>}
          </div>
          <div className="field">
            <label htmlFor="followUpDate">Follow-up date (optional)</label>
            <input id="followUpDate" name="followUpDate" type="date" min={today} max={isoDatePlusDays(today, FOLLOW_UP_MAX_DAYS)} value={followUpDate} onChange={(event) => setFollowUpDate(event.target.value)} />
            {errorFor('personal.followUpDate') && <p className="field-error">Follow-up date: {errorFor('personal.followUpDate')}</p>}
          </div>
        </fieldset>

        {actionErrors.length > 0 && (
          <div className="alert" role="alert">
            {actionErrors.map((error) => (
              <p key={error.field + error.message}>{error.message}</p>
            ))}
          </div>
        )}
        {saved?.ok && (
          <p className="notice" role="status">
            Saved as template &quot;{saved.name}&quot;. <Link href="/templates">See your templates</Link>.
          </p>
        )}
        {isSaveOpen && (
          <div className="card save-template" role="group" aria-labelledby="save-template-heading">
            <h2 id="save-template-heading">Save as template</h2>
            <p className="hint">Saves the choices, never the patient&apos;s name.</p>
            <div className="field">
              <label htmlFor="templateName">Template name</label>
              <input id="templateName" name="templateName" form="save-template-form" maxLength={80} required />
              {firstErrorFor(saveErrors, 'name') && <p className="field-error">Name: {firstErrorFor(saveErrors, 'name')}</p>}
            </div>
            <label className="checkbox-row">
              <input type="checkbox" name="isShared" form="save-template-form" />
              <span className="choice-label">Share with everyone in my clinic</span>
            </label>
            {note.trim() && (
              <label className="checkbox-row">
                <input type="checkbox" name="keepNote" form="save-template-form" />
                <span>
                  <span className="choice-label">Keep my note as the template&apos;s default note</span>
                  <span className="choice-description">Only if it suits every patient: &quot;{note.length > 80 ? `${note.slice(0, 80)}…` : note}&quot;</span>
                </span>
              </label>
            )}
            {saveErrors.filter((error) => error.field !== 'name').map((error) => (
              <p className="field-error" key={error.field + error.message}>
                {error.field}: {error.message}
              </p>
            ))}
            <div className="row-actions">
              <button type="submit" form="save-template-form" className="button" disabled={busy === 'save'}>
                {busy === 'save' ? 'Saving…' : 'Save template'}
              </button>
              <button type="button" className="button-secondary" onClick={() => setIsSaveOpen(false)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        <div className="actions" id="handout-actions" tabIndex={-1}>
          <button type="button" className="button" disabled={!choices.group || Boolean(busy)} aria-busy={busy === 'download'} aria-describedby={pageCount.isOverBudget ? OVER_BUDGET_ID : undefined} onClick={() => fetchPdf('download')}>
            {busy === 'download' ? 'Making PDF…' : 'Download PDF'}
          </button>
          <button type="button" className="button-secondary" disabled={!choices.group || Boolean(busy)} aria-busy={busy === 'print'} aria-describedby={pageCount.isOverBudget ? OVER_BUDGET_ID : undefined} onClick={() => fetchPdf('print')}>
            {busy === 'print' ? 'Opening…' : 'Print'}
          </button>
          {!isSaveOpen && (
            <button type="button" className="button-secondary" disabled={!choices.group} onClick={() => setIsSaveOpen(true)}>
              Save as template
            </button>
          )}
          {choices.group && <PreviewJump pageCount={pageCount} />}
        </div>
      </form>
      {/* Outside the choices form: a form may not hold another. */}
      <form id="save-template-form" action={onSaveTemplate} hidden />

      <LivePreview {...live} overBudgetId={OVER_BUDGET_ID} placeholder="Pick a patient group to see the handout." />
    </div>
  )
}
