'use client'

import { signIn } from 'next-auth/react'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

type TProps = { callbackUrl: string; initialError?: string; sso?: { id: string; name: string } }

export function SignInForm({ callbackUrl, initialError, sso }: TProps) {
  const router = useRouter()
  const [error, setError] = useState(initialError)
  const [isBusy, setIsBusy] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setIsBusy(true)
    setError(undefined)
    const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false })
    if (result?.ok && !result.error) {
      router.push(callbackUrl)
      router.refresh()
      return
    }
    setIsBusy(false)
    setError(result?.error?.startsWith('Too many') ? result.error : 'Email or password is wrong.')
  }

  return (
    <div className="card sign-in">
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <form onSubmit={onSubmit} aria-busy={isBusy}>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {sso && (
        <>
          <p className="divider">or</p>
          <button type="button" className="button-secondary wide" onClick={() => signIn(sso.id, { callbackUrl })}>
            Sign in with {sso.name}
          </button>
        </>
      )}
    </div>
  )
}
