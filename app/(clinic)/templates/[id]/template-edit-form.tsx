'use client'

import { useRouter } from 'next/navigation'
import { useMemo, useState, useTransition } from 'react'
import { firstErrorFor, HandoutChoices, type TChoices, type TTopicChoices } from '@/components/handout-choices'
import { FOLLOW_UP_MAX_DAYS, isoDatePlusDays, NOTE_MAX_LENGTH } from '@/lib/handout/note-limits'
import { LivePreview, PreviewJump, useLivePreview } from '../../handouts/new/live-preview'
import { refreshTemplate, saveTemplateEdit, type TTemplateActionResult } from '../actions'

const OVER_BUDGET_ID = 'template-over-page-budget'

type TEditable = { id: string; version: number; name: string; isShared: boolean; defaultNote: string; followUpDays: number | null; choices: TChoices }

export function TemplateEditForm({ topics, template }: { topics: TTopicChoices[]; template: TEditable }) {
  const router = useRouter()
  const [name, setName] = useState(template.name)
  const [isShared, setIsShared] = useState(template.isShared)
  const [choices, setChoices] = useState(template.choices)
  const [defaultNote, setDefaultNote] = useState(template.defaultNote)
  const [followUpDays, setFollowUpDays] = useState(template.followUpDays === null ? '' : String(template.followUpDays))
  const [result, setResult] = useState<TTemplateActionResult>()
  const [isPending, startTransition] = useTransition()
  // The handout this template starts, as the builder previews it: its default note, and its
  // follow-up as a date counted from today.
  const input = useMemo(() => {
    const days = Number(followUpDays)
    const today = new Date().toLocaleDateString('en-CA')
    const followUpDate = followUpDays.trim() && Number.isInteger(days) && days >= 1 && days <= FOLLOW_UP_MAX_DAYS ? isoDatePlusDays(today, days) : undefined
    return { ...choices, personal: { ...(defaultNote.trim() && { note: defaultNote }), ...(followUpDate && { followUpDate }) } }
  }, [choices, defaultNote, followUpDays])
  const live = useLivePreview(input)
  const previewErrors = live.preview && !live.preview.ok ? live.preview.errors : []
  const errors = [...(result && !result.ok ? result.errors : []), ...previewErrors]
  const noteError = firstErrorFor(errors, 'defaultNote') ?? firstErrorFor(errors, 'personal.note')

  function save() {
    startTransition(async () => {
      const outcome = await saveTemplateEdit(template.id, template.version, {
        name,
        isShared,
        ...choices,
        defaultNote: defaultNote.trim() ? defaultNote : null,
        followUpDays: followUpDays.trim() === '' ? null : Number(followUpDays),
      })
      setResult(outcome)
      if (outcome.ok) router.push('/templates')
    })
  }

  return (
    <div className="builder">
      <form
        className="template-edit"
        onSubmit={(event) => {
          event.preventDefault()
          save()
        }}
        aria-label="Template"
      >
        {result && !result.ok && (
          <div className="alert" role="alert">
            <p>{result.message}</p>
            {result.current && (
              <button type="button" className="button-secondary" onClick={() => router.refresh()}>
                Show their version (version {result.current.version})
              </button>
            )}
          </div>
        )}
        <div className="field">
          <label htmlFor="template-name">Name</label>
          <input id="template-name" value={name} maxLength={80} required onChange={(event) => setName(event.target.value)} />
          {firstErrorFor(errors, 'name') && <p className="field-error">Name: {firstErrorFor(errors, 'name')}</p>}
        </div>
        <label className="checkbox-row">
          <input type="checkbox" checked={isShared} onChange={(event) => setIsShared(event.target.checked)} />
          <span className="choice-label">Share with everyone in my clinic</span>
        </label>
        <HandoutChoices topics={topics} value={choices} onChange={setChoices} errors={errors} />
        <fieldset>
          <legend>Defaults for each patient</legend>
          <div className="field">
            <label htmlFor="defaultNote">Default note (optional)</label>
            <textarea id="defaultNote" rows={4} maxLength={NOTE_MAX_LENGTH} value={defaultNote} onChange={(event) => setDefaultNote(event.target.value)} />
            {noteError && <p className="field-error">Note: {noteError}</p>}
          </div>
          <div className="field">
            <label htmlFor="followUpDays">Follow-up after (days, optional)</label>
            <input id="followUpDays" type="number" min={1} max={FOLLOW_UP_MAX_DAYS} inputMode="numeric" value={followUpDays} onChange={(event) => setFollowUpDays(event.target.value)} />
            {firstErrorFor(errors, 'followUpDays') && <p className="field-error">Follow-up: {firstErrorFor(errors, 'followUpDays')}</p>}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? 'Saving…' : 'Save template'}
          </button>
          <PreviewJump pageCount={live.pageCount} />
        </div>
      </form>
      <LivePreview {...live} overBudgetId={OVER_BUDGET_ID} placeholder="The preview appears in a moment." />
    </div>
  )
}

export function RefreshTemplate({ templateId, version }: { templateId: string; version: number }) {
  const router = useRouter()
  const [result, setResult] = useState<TTemplateActionResult>()
  const [isPending, startTransition] = useTransition()
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            setResult(await refreshTemplate(templateId, version))
            router.refresh()
          })
        }
      >
        {isPending ? 'Updating…' : 'Use the current sections'}
      </button>
      {result && (
        <p className={result.ok ? 'notice' : 'alert'} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      )}
    </>
  )
}
