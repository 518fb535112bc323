import { readFileSync } from 'node:fs'
import path from 'node:path'

export type TServerAction = { id: string; name: string; page: string }

/**
 * The app's server actions as the build registered them (its own manifest), each with the page
 * that serves it: what a browser's form posts to, with the action's id in the Next-Action header.
 */
export function builtServerActions(): TServerAction[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>
  }
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? 'app/page'
    // app/(clinic)/templates/[id]/page -> /templates/x
    const page = `/${worker.replace(/^app\//, '').replace(/\/?page$/, '').split('/').filter((segment) => !segment.startsWith('(')).map((segment) => (segment.startsWith('[') ? 'x' : segment)).join('/')}`
    return { id, name: entry.exportedName ?? id, page }
  })
}

/** A server action call as React's client sends one whose arguments need no extra rows: a JSON array, as text. */
export const actionHeaders = (action: TServerAction, extra: Record<string, string> = {}) => ({
  'next-action': action.id,
  accept: 'text/x-component',
  'content-type': 'text/plain;charset=UTF-8',
  ...extra,
})
