import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/require-user'
import { env } from '@/lib/env'
import { signOutEverywhere } from './actions'

export const metadata: Metadata = { title: 'Your account' }

/** A session setting as people say it: "8 hours", "30 minutes", "45 seconds". */
function duration(seconds: number): string {
  const [count, unit] = seconds % 3600 === 0 ? [seconds / 3600, 'hour'] : seconds % 60 === 0 ? [seconds / 60, 'minute'] : [seconds, 'second']
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}

export default async function AccountPage() {
  const user = await requireUser()
  return (
    <div className="narrow-block">
      <h1>Your account</h1>
      <p className="lead">
        {user.name} · {user.email} · {user.clinic.name}
      </p>
      {user.passwordHash && (
        <p>
          <Link href="/account/password">Change password</Link>
        </p>
      )}
      <h2>Sessions</h2>
      <p>
        A session ends {duration(env.SESSION_MAX_AGE_SECONDS)} after you sign in, or after {duration(env.SESSION_IDLE_SECONDS)} without use, whichever comes first. Signing out ends it
        at once.
      </p>
      <form action={signOutEverywhere}>
        <p>Left yourself signed in on another computer, or lost a phone? This ends every session of yours, this one too.</p>
        <button type="submit" className="button-secondary">
          Sign out everywhere
        </button>
      </form>
    </div>
  )
}
