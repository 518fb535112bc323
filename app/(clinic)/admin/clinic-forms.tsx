'use client'

import { useActionState } from 'react'
import { FormField } from '@/components/form-field'
import { FormStatus } from '@/components/form-status'
import { IDLE } from '@/lib/forms/action-state-idle'
import { PAPER_CHOICES } from '@/lib/handout/options'
import { saveClinicDetails, saveLogo } from './actions'

type TClinic = { name: string; phone: string; address: string; emailDomain: string | null; paper: string }

export function ClinicDetailsForm({ clinic }: { clinic: TClinic }) {
  const [state, action, isPending] = useActionState(saveClinicDetails, IDLE)
  const paperError = state.status === 'error' ? state.fieldErrors.paper : undefined
  return (
    <form action={action} aria-busy={isPending}>
      <FormStatus state={state} />
      <FormField state={state} name="name" label="Clinic name" defaultValue={clinic.name} required maxLength={100} />
      <FormField state={state} name="phone" label="Phone" type="tel" defaultValue={clinic.phone} required maxLength={40} hint="Printed in the footer of every page." />
      <FormField state={state} name="address" label="Address" defaultValue={clinic.address} maxLength={200} />
      <FormField state={state} name="emailDomain" label="Email domain for single sign-on (optional)" defaultValue={clinic.emailDomain ?? ''} hint="People from this domain join your clinic the first time they use single sign-on. It must be the domain of your own email address." />
      <fieldset aria-describedby={paperError ? 'paper-error' : 'paper-hint'}>
        <legend>Paper</legend>
        {PAPER_CHOICES.map((paper) => (
          <label key={paper.id} className="checkbox-row">
            <input type="radio" name="paper" value={paper.id} defaultChecked={(state.status === 'error' ? state.values?.paper : clinic.paper) === paper.id} />
            <span className="choice-label">{paper.label}</span>
          </label>
        ))}
        <p className="hint" id="paper-hint">
          New handouts start on this paper; the builder can change it for one handout.
        </p>
        {paperError && (
          <p className="field-error" id="paper-error">
            Paper {paperError}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save details'}
      </button>
    </form>
  )
}

export function LogoForm({ hasLogo }: { hasLogo: boolean }) {
  const [state, action, isPending] = useActionState(saveLogo, IDLE)
  const error = state.status === 'error' ? state.fieldErrors.logo : undefined
  return (
    <form action={action} aria-busy={isPending}>
      <FormStatus state={state} />
      <div className="field">
        <label htmlFor="logo">PNG or JPEG, up to 1 MB</label>
        <input id="logo" name="logo" type="file" accept="image/png,image/jpeg" aria-describedby={error ? 'logo-error' : undefined} />
        {error && (
          <p className="field-error" id="logo-error">
            Logo {error}
          </p>
        )}
      </div>
      <div className="row-actions">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? 'Uploading…' : 'Upload logo'}
        </button>
        {hasLogo && (
          <button type="submit" name="remove" value="yes" className="button-danger" disabled={isPending}>
            Remove logo
          </button>
        )}
      </div>
    </form>
  )
}
