import type { ReactNode } from 'react'
import { SiteHeader } from '@/components/site-header'
import { requireUser } from '@/lib/auth/require-user'

export default async function ClinicLayout({ children }: { children: ReactNode }) {
  const user = await requireUser()
  return (
    <>
      <SiteHeader user={user} />
      <main id="main">{children}</main>
    </>
  )
}
