import type { ReactNode } from 'react'

export default function WebHandoutLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="web-handout-main">
      {children}
    </main>
  )
}
