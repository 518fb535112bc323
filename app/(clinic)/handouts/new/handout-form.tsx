'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useMemo, useRef, useState } from 'react'
import { GradeBadge } from '@/components/grade-badge'
import { HandoutPreview } from '@/components/handout-preview'
import type { TFieldProblem } from '@/lib/errors'
import { NOTE_MAX_LENGTH } from '@/lib/handout/note-limits'
import { previewHandout, type TPreviewResult } from './actions'

type TOption = { id: string; label: string; description: string }
export type TTopicChoices = { id: string; title: string; groups: TOption[]; causes: TOption[]; extras: { id: string; title: string }[] }

type TBusy = 'download' | 'print' | undefined

const PREVIEW_DELAY_MS = 200

function fileNameOf(response: Response): string {
  return /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'handout.pdf'
}

export function HandoutForm({ topics }: { topics: TTopicChoices[] }) {
  const router = useRouter()
  const [topicId, setTopicId] = useState(topics[0]!.id)
  const [group, setGroup] = useState<string>()
  const [causes, setCauses] = useState<string[]>([])
  const [extras, setExtras] = useState<string[]>([])
  const [largePrint, setLargePrint] = useState(false)
  const [includeSources, setIncludeSources] = useState(true)
  const [patientFirstName, setPatientFirstName] = useState('')
  const [note, setNote] = useState('')
  const [followUpDate, setFollowUpDate] = useState('')
  const [preview, setPreview] = useState<TPreviewResult>()
  const [busy, setBusy] = useState<TBusy>()
  const [actionErrors, setActionErrors] = useState<TFieldProblem[]>([])
  const latestPreview = useRef(0)

  const topic = topics.find((candidate) => candidate.id === topicId) ?? topics[0]!
  const input = useMemo(
    () => ({
      topic: topicId,
      group,
      causes,
      options: { largePrint, includeSources, extras },
      personal: {
        ...(patientFirstName.trim() && { patientFirstName }),
        ...(note.trim() && { note }),
        ...(followUpDate && { followUpDate }),
      },
    }),
    [topicId, group, causes, largePrint, includeSources, extras, patientFirstName, note, followUpDate],
  )

  useEffect(() => {
    if (!group) return
    const request = ++latestPreview.current
    const timer = setTimeout(async () => {
      const result = await previewHandout(input)
      if (request === latestPreview.current) setPreview(result)
    }, PREVIEW_DELAY_MS)
    return () => clearTimeout(timer)
  }, [input, group])

  const errors = [...(preview && !preview.ok ? preview.errors : []), ...actionErrors]
  const errorFor = (field: string) => errors.find((error) => error.field === field || error.field.startsWith(`${field}.`))?.message

  function toggle(list: string[], id: string, isOn: boolean) {
    return isOn ? [...list, id] : list.filter((item) => item !== id)
  }

  function chooseTopic(id: string) {
    setTopicId(id)
    setGroup(undefined)
    setCauses([])
    setExtras([])
    setPreview(undefined)
  }

  async function fetchPdf(kind: Exclude<TBusy, undefined>) {
    setBusy(kind)
    setActionErrors([])
    try {
      const response = await fetch('/api/handouts/pdf', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) })
      if (response.status === 401) {
        router.push('/sign-in?callbackUrl=/handouts/new')
        return
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: TFieldProblem[] }
        setActionErrors(body.errors ?? [{ field: '(pdf)', message: 'The PDF could not be made. Please try again.' }])
        return
      }
      const url = URL.createObjectURL(await response.blob())
      if (kind === 'download') {
        const link = document.createElement('a')
        link.href = url
        link.download = fileNameOf(response)
        link.click()
        setTimeout(() => URL.revokeObjectURL(url), 60_000)
      } else {
        // The browser's own PDF viewer prints the exact pages the patient gets.
        const frame = document.createElement('iframe')
        frame.className = 'print-frame'
        frame.title = 'Handout for printing'
        frame.src = url
        frame.onload = () => frame.contentWindow?.print()
        document.body.append(frame)
        setTimeout(() => {
          frame.remove()
          URL.revokeObjectURL(url)
        }, 10 * 60_000)
      }
    } catch {
      setActionErrors([{ field: '(pdf)', message: 'The PDF could not be made. Check your connection and try again.' }])
    } finally {
      setBusy(undefined)
    }
  }

  const handout = preview?.ok ? preview.handout : undefined
  const grade = handout?.readability.grade

  return (
    <div className="builder">
      <form className="builder-form" onSubmit={(event) => event.preventDefault()} aria-label="Handout choices">
        {topics.length > 1 && (
          <div className="field">
            <label htmlFor="topic">Topic</label>
            <select id="topic" value={topicId} onChange={(event) => chooseTopic(event.target.value)}>
              {topics.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.title}
                </option>
              ))}
            </select>
          </div>
        )}

        <fieldset>
          <legend>Patient group</legend>
          <div className="group-cards">
            {topic.groups.map((option) => (
              <label key={option.id} className={`choice-card${group === option.id ? ' selected' : ''}`}>
                <input type="radio" name="group" value={option.id} checked={group === option.id} onChange={() => setGroup(option.id)} />
                <span className="choice-label">{option.label}</span>
                <span className="choice-description">{option.description}</span>
              </label>
            ))}
          </div>
          {errorFor('group') && <p className="field-error">{errorFor('group')}</p>}
        </fieldset>

        <fieldset>
          <legend>Causes that fit this patient</legend>
          <div className="checkbox-list">
            {topic.causes.map((option) => (
              <label key={option.id} className="checkbox-row">
                <input type="checkbox" name="causes" value={option.id} checked={causes.includes(option.id)} onChange={(event) => setCauses(toggle(causes, option.id, event.target.checked))} />
                <span>
                  <span className="choice-label">{option.label}</span>
                  <span className="choice-description">{option.description}</span>
                </span>
              </label>
            ))}
          </div>
          {errorFor('causes') && <p className="field-error">{errorFor('causes')}</p>}
        </fieldset>

        <fieldset>
          <legend>Options</legend>
          <label className="checkbox-row">
            <input type="checkbox" name="largePrint" checked={largePrint} onChange={(event) => setLargePrint(event.target.checked)} />
            <span className="choice-label">Large print (18 pt)</span>
          </label>
          <label className="checkbox-row">
            <input type="checkbox" name="includeSources" checked={includeSources} onChange={(event) => setIncludeSources(event.target.checked)} />
            <span className="choice-label">List the sources</span>
          </label>
          <p className="hint">Add these parts:</p>
          {topic.extras.map((option) => (
            <label key={option.id} className="checkbox-row">
              <input type="checkbox" name="extras" value={option.id} checked={extras.includes(option.id)} onChange={(event) => setExtras(toggle(extras, option.id, event.target.checked))} />
              <span className="choice-label">{option.title}</span>
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>For this patient</legend>
          <div className="field">
            <label htmlFor="patientFirstName">First name (optional)</label>
            <input id="patientFirstName" name="patientFirstName" maxLength={40} autoComplete="off" value={patientFirstName} onChange={(event) => setPatientFirstName(event.target.value)} aria-describedby="patientFirstName-hint" />
            <p className="hint" id="patientFirstName-hint">
              Printed as &quot;Prepared for …&quot;. Never saved.
            </p>
            {errorFor('personal.patientFirstName') && <p className="field-error">{errorFor('personal.patientFirstName')}</p>}
          </div>
          <div className="field">
            <label htmlFor="note">Your note (optional)</label>
            <textarea id="note" name="note" rows={4} maxLength={NOTE_MAX_LENGTH} value={note} onChange={(event) => setNote(event.target.value)} aria-describedby="note-hint" />
            <p className="hint" id="note-hint">
              {note.length}/{NOTE_MAX_LENGTH} characters. Shown in a box at the top. Never saved.
            </p>
            {errorFor('personal.note') && <p className="field-error">{errorFor('personal.note')}</p>}
          </div>
          <div className="field">
            <label htmlFor="followUpDate">Follow-up date (optional)</label>
            <input id="followUpDate" name="followUpDate" type="date" value={followUpDate} onChange={(event) => setFollowUpDate(event.target.value)} />
            {errorFor('personal.followUpDate') && <p className="field-error">{errorFor('personal.followUpDate')}</p>}
          </div>
        </fieldset>

        {actionErrors.length > 0 && (
          <div className="alert" role="alert">
            {actionErrors.map((error) => (
              <p key={error.field + error.message}>{error.message}</p>
            ))}
          </div>
        )}
        <div className="actions">
          <button type="button" className="button" disabled={!group || Boolean(busy)} aria-busy={busy === 'download'} onClick={() => fetchPdf('download')}>
            {busy === 'download' ? 'Making PDF…' : 'Download PDF'}
          </button>
          <button type="button" className="button-secondary" disabled={!group || Boolean(busy)} aria-busy={busy === 'print'} onClick={() => fetchPdf('print')}>
            {busy === 'print' ? 'Opening…' : 'Print'}
          </button>
        </div>
      </form>

      {/* Focusable so keyboard users can scroll the preview on its own. */}
      <section className="builder-preview" aria-labelledby="preview-heading" tabIndex={0}>
        <div className="preview-bar">
          <h2 id="preview-heading">Preview</h2>
          {grade !== undefined && (
            <p className="readability" aria-live="polite">
              Reading level <GradeBadge grade={grade} />
              {grade > 6 && <span className="warning-text"> Above grade 6: use shorter words and sentences in your note.</span>}
            </p>
          )}
        </div>
        {handout ? <HandoutPreview handout={handout} /> : <p className="placeholder">Pick a patient group to see the handout.</p>}
      </section>
    </div>
  )
}
