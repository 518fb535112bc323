import type { Metadata } from 'next'
import { requireUser } from '@/lib/auth/require-user'
import { PASSWORD_MIN_LENGTH } from '@/lib/data/password-rules'
import { PasswordForm } from './password-form'

export const metadata: Metadata = { title: 'Change password' }

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPendingPassword: true })
  return (
    <div className="narrow-block">
      <h1>{user.mustChangePassword ? 'Choose your own password' : 'Change password'}</h1>
      {user.mustChangePassword && <p className="lead">You signed in with a one-time password. Choose your own before you go on.</p>}
      <PasswordForm minLength={PASSWORD_MIN_LENGTH} />
    </div>
  )
}
