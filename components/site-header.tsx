import Link from 'next/link'
import type { TCurrentUser } from '@/lib/auth/current-user'
import { SignOutButton } from './sign-out-button'

export function SiteHeader({ user }: { user?: Pick<TCurrentUser, 'name' | 'role'> & { clinic: { name: string } } }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Handout Builder
      </Link>
      {user && (
        <>
          <nav aria-label="Main">
            <Link href="/handouts/new">New handout</Link>
            <Link href="/templates">Templates</Link>
            <Link href="/history">History</Link>
            <Link href="/library">Guide library</Link>
            {user.role === 'admin' && <Link href="/admin">Clinic admin</Link>}
          </nav>
          <div className="user-menu">
            <span>
              {user.name} · {user.clinic.name}
            </span>
            <Link href="/account">Your account</Link>
            <SignOutButton />
          </div>
        </>
      )}
    </header>
  )
}
