'use client'

import { useActionState } from 'react'
import { FormField } from '@/components/form-field'
import { FormStatus } from '@/components/form-status'
import { IDLE } from '@/lib/forms/action-state-idle'
import { changePassword } from './actions'

export function PasswordForm({ minLength }: { minLength: number }) {
  const [state, action, isPending] = useActionState(changePassword, IDLE)
  return (
    <form action={action} className="card" aria-busy={isPending}>
      <FormStatus state={state} />
      <FormField state={state} name="currentPassword" label="Current or one-time password" type="password" autoComplete="current-password" required />
      <FormField state={state} name="newPassword" label="New password" type="password" autoComplete="new-password" required minLength={minLength} hint={`At least ${minLength} characters. A few unrelated words make a strong one.`} />
      <FormField state={state} name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required />
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save password'}
      </button>
    </form>
  )
}
