'use client'

import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/** Shown only once JavaScript runs; the page tells people without it how to print instead. */
export function PrintButton({ label }: { label: string }) {
  const hasJavaScript = useSyncExternalStore(subscribe, () => true, () => false)
  if (!hasJavaScript) return null
  return (
    <button type="button" className="button-secondary" onClick={() => window.print()}>
      {label}
    </button>
  )
}
