'use client'

import { useActionState } from 'react'
import { FormField } from '@/components/form-field'
import { FormStatus } from '@/components/form-status'
import { IDLE } from '@/lib/forms/action-state-idle'
import { addUser, changeUserAccess } from './actions'

export function AddUserForm() {
  const [state, action, isPending] = useActionState(addUser, IDLE)
  const roleError = state.status === 'error' ? state.fieldErrors.role : undefined
  return (
    <form action={action} aria-busy={isPending}>
      <FormStatus state={state} />
      <FormField state={state} id="new-user-name" name="name" label="Name" required maxLength={80} autoComplete="off" />
      <FormField state={state} id="new-user-email" name="email" label="Email" type="email" required autoComplete="off" />
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" name="role" defaultValue={(state.status === 'error' && state.values?.role) || 'clinician'}>
          <option value="clinician">Clinician</option>
          <option value="admin">Clinic admin</option>
        </select>
        {roleError && <p className="field-error">Role {roleError}</p>}
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Adding…' : 'Add and make a one-time password'}
      </button>
    </form>
  )
}

export function UserAccessForm({ userId, name, isDisabled, isLocked }: { userId: string; name: string; isDisabled: boolean; isLocked: boolean }) {
  const [state, action, isPending] = useActionState(changeUserAccess, IDLE)
  return (
    <form action={action} aria-busy={isPending}>
      <input type="hidden" name="userId" value={userId} />
      <div className="row-actions">
        <button type="submit" name="intent" value={isDisabled ? 'enable' : 'disable'} className={isDisabled ? 'button-secondary' : 'button-danger'} disabled={isPending} aria-label={`${isDisabled ? 'Enable' : 'Disable'} ${name}`}>
          {isDisabled ? 'Enable' : 'Disable'}
        </button>
        {isLocked && (
          <button type="submit" name="intent" value="unlock" className="button-secondary" disabled={isPending} aria-label={`Unlock ${name}`}>
            Unlock
          </button>
        )}
        {!isDisabled && (
          <button type="submit" name="intent" value="reset-password" className="button-secondary" disabled={isPending} aria-label={`Reset password of ${name}`}>
            Reset password
          </button>
        )}
        {!isDisabled && (
          <button type="submit" name="intent" value="sign-out-everywhere" className="button-secondary" disabled={isPending} aria-label={`Sign out everywhere: ${name}`}>
            Sign out everywhere
          </button>
        )}
      </div>
      <FormStatus state={state} />
    </form>
  )
}
