import '@fontsource/atkinson-hyperlegible/400.css'
import '@fontsource/atkinson-hyperlegible/700.css'
import './globals.css'
import type { Metadata } from 'next'
import { connection } from 'next/server'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  title: { default: 'Handout Builder', template: '%s · Handout Builder' },
  description: 'Tailored, printable patient handouts assembled from guide sections with their sources.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request: each page needs the script nonce of its own Content Security Policy.
  await connection()
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  )
}
