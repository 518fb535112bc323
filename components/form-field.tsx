import type { InputHTMLAttributes } from 'react'
import type { TActionState } from '@/lib/forms/action-state'

type TProps = InputHTMLAttributes<HTMLInputElement> & { state: TActionState; name: string; label: string; hint?: string }

/** A labelled input with its hint and its error, wired up for screen readers. */
export function FormField({ state, name, label, hint, id = name, ...input }: TProps) {
  const error = state.status === 'error' ? state.fieldErrors[name] : undefined
  // React resets a form after its action; show what was typed again, not the old value.
  const typed = state.status === 'error' && input.type !== 'password' ? state.values?.[name] : undefined
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} defaultValue={typed ?? input.defaultValue} />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {label} {error}
        </p>
      )}
    </div>
  )
}
