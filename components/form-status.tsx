import type { TActionState } from '@/lib/forms/action-state'

export function FormStatus({ state }: { state: TActionState }) {
  if (state.status === 'error') {
    return (
      <p className="alert" role="alert">
        {state.message}
      </p>
    )
  }
  if (state.status === 'success') {
    return (
      <div className="notice" role="status">
        <p>{state.message}</p>
        {state.oneTimePassword && (
          <p>
            One-time password: <code className="one-time-password">{state.oneTimePassword}</code>. Pass it on now: it is not shown again.
          </p>
        )}
      </div>
    )
  }
  return null
}
