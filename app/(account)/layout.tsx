import type { ReactNode } from 'react'
import { SiteHeader } from '@/components/site-header'
import { requireUser } from '@/lib/auth/require-user'

export default async function AccountLayout({ children }: { children: ReactNode }) {
  // Choosing one's own password happens here, so a one-time password is enough.
  const user = await requireUser({ allowPendingPassword: true })
  return (
    <>
      <SiteHeader user={user} />
      <main id="main">{children}</main>
    </>
  )
}
