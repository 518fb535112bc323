'use client'

import type { TFieldProblem } from '@/lib/errors'
import { DEFAULT_OPTIONS, LANGUAGE_CHOICES, PAPER_CHOICES, type TPaper } from '@/lib/handout/options'
import { CAUSES_IN_PAGE_BUDGET, pageBudgetOf } from '@/lib/handout/page-budget'
import type { THandoutRequest } from '@/lib/handout/request'

type TOption = { id: string; label: string; description: string }
export type TTopicChoices = { id: string; title: string; groups: TOption[]; causes: TOption[]; extras: { id: string; title: string }[]; hasSpanish: boolean }

export type TChoices = {
  topic: string
  group: string | undefined
  causes: string[]
  options: THandoutRequest['options']
}

/** Nothing chosen yet, on the clinic's paper. */
export const emptyChoices = (topicId: string, paper: TPaper): TChoices => ({
  topic: topicId,
  group: undefined,
  causes: [],
  options: { ...DEFAULT_OPTIONS, extras: [], paper },
})

export function firstErrorFor(errors: readonly TFieldProblem[], field: string): string | undefined {
  return errors.find((error) => error.field === field || error.field.startsWith(`${field}.`))?.message
}

const toggle = (list: string[], id: string, isOn: boolean) => (isOn ? [...list, id] : list.filter((item) => item !== id))

/** Topic, group, causes and options: the choices a handout and a template share. */
export function HandoutChoices({ topics, value, onChange, errors }: { topics: TTopicChoices[]; value: TChoices; onChange: (next: TChoices) => void; errors: readonly TFieldProblem[] }) {
  const topic = topics.find((candidate) => candidate.id === value.topic) ?? topics[0]!
  const setOptions = (options: Partial<TChoices['options']>) => onChange({ ...value, options: { ...value.options, ...options } })
  return (
    <>
      {topics.length > 1 && (
        <div className="field">
          <label htmlFor="topic">Topic</label>
          <select id="topic" value={value.topic} onChange={(event) => onChange(emptyChoices(event.target.value, value.options.paper))}>
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
            <label key={option.id} className={`choice-card${value.group === option.id ? ' selected' : ''}`}>
              <input type="radio" name="group" value={option.id} checked={value.group === option.id} onChange={() => onChange({ ...value, group: option.id })} />
              <span className="choice-label">{option.label}</span>
              <span className="choice-description">{option.description}</span>
            </label>
          ))}
        </div>
        {firstErrorFor(errors, 'group') && <p className="field-error">Group: {firstErrorFor(errors, 'group')}</p>}
      </fieldset>

      <fieldset>
        <legend>Causes that fit this patient</legend>
        <div className="checkbox-list">
          {topic.causes.map((option) => (
            <label key={option.id} className="checkbox-row">
              <input type="checkbox" name="causes" value={option.id} checked={value.causes.includes(option.id)} onChange={(event) => onChange({ ...value, causes: toggle(value.causes, option.id, event.target.checked) })} />
              <span>
                <span className="choice-label">{option.label}</span>
                <span className="choice-description">{option.description}</span>
              </span>
            </label>
          ))}
        </div>
        {firstErrorFor(errors, 'causes') && <p className="field-error">Causes: {firstErrorFor(errors, 'causes')}</p>}
      </fieldset>

      <fieldset>
        <legend>Length</legend>
        <label className="checkbox-row">
          <input type="radio" name="length" value="short" checked={value.options.length === 'short'} onChange={() => setOptions({ length: 'short' })} />
          <span>
            <span className="choice-label">Short handout (recommended)</span>
            <span className="choice-description">
              What this patient needs to do, on at most {pageBudgetOf(value.options)} pages with up to {CAUSES_IN_PAGE_BUDGET} causes.
            </span>
          </span>
        </label>
        <label className="checkbox-row">
          <input type="radio" name="length" value="full" checked={value.options.length === 'full'} onChange={() => setOptions({ length: 'full' })} />
          <span>
            <span className="choice-label">Complete guide</span>
            <span className="choice-description">Every section for this group and these causes, for a patient who wants it all. Several pages.</span>
          </span>
        </label>
        {firstErrorFor(errors, 'options.length') && <p className="field-error">Length: {firstErrorFor(errors, 'options.length')}</p>}
      </fieldset>

      {topic.hasSpanish && (
        <fieldset>
          <legend>Language</legend>
          {LANGUAGE_CHOICES.map((option) => (
            <label key={option.id} className="checkbox-row">
              <input type="radio" name="language" value={option.id} checked={value.options.language === option.id} onChange={() => setOptions({ language: option.id })} />
              <span className="choice-label">{option.label}</span>
            </label>
          ))}
          {value.options.language !== 'en' && (
            <p className="hint warning-text" role="note">
              The Spanish text, like the English, has not been signed off by a clinical reviewer yet.
            </p>
          )}
        </fieldset>
      )}

      <fieldset>
        <legend>Options</legend>
        <label className="checkbox-row">
          <input type="checkbox" name="largePrint" checked={value.options.largePrint} onChange={(event) => setOptions({ largePrint: event.target.checked })} />
          <span className="choice-label">Large print (18 pt)</span>
        </label>
        <label className="checkbox-row">
          <input type="checkbox" name="includeSources" checked={value.options.includeSources} onChange={(event) => setOptions({ includeSources: event.target.checked })} />
          <span className="choice-label">List the sources</span>
        </label>
        <label className="checkbox-row">
          <input type="checkbox" name="teachBack" checked={value.options.teachBack} onChange={(event) => setOptions({ teachBack: event.target.checked })} />
          <span>
            <span className="choice-label">Teach-back questions</span>
            <span className="choice-description">Three or four questions to check the patient understood, with tick boxes.</span>
          </span>
        </label>
        <p className="hint">Add these parts:</p>
        {topic.extras.map((option) => (
          <label key={option.id} className="checkbox-row">
            <input type="checkbox" name="extras" value={option.id} checked={value.options.extras.includes(option.id)} onChange={(event) => setOptions({ extras: toggle(value.options.extras, option.id, event.target.checked) })} />
            <span className="choice-label">{option.title}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Paper</legend>
        {PAPER_CHOICES.map((option) => (
          <label key={option.id} className="checkbox-row">
            <input type="radio" name="paper" value={option.id} checked={value.options.paper === option.id} onChange={() => setOptions({ paper: option.id })} />
            <span className="choice-label">{option.label}</span>
          </label>
        ))}
        {firstErrorFor(errors, 'options.paper') && <p className="field-error">Paper: {firstErrorFor(errors, 'options.paper')}</p>}
      </fieldset>
    </>
  )
}
