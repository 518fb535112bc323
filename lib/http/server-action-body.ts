/**
 * Whether a server action's body is one React's decoder takes without throwing. Next answers a
 * body it cannot decode with a 500 (@see node_modules/next/dist/server/app-render/action-handler.js,
 * "consider checking if the error is an ApiError"), so the proxy checks the body's
 * shape first and refuses anything else with a 400. What our forms send passes: JSON rows whose
 * strings use only the inline "$" forms (escaped "$$", undefined, dates, numbers, FormData) and
 * references to rows that exist; promises, maps, server references, streams and typed arrays are
 * refused, since no argument of ours is one.
 */
export async function serverActionBodyProblem({ contentType, isFetchAction, body }: { contentType: string; isFetchAction: boolean; body: Buffer }): Promise<string | undefined> {
  // As Next tells them apart (server-action-request-meta.ts): a boundary or not, the case as written.
  if (!contentType.startsWith('multipart/form-data')) {
    // Next treats a non-multipart POST without the action header as no action at all.
    if (!isFetchAction) return undefined
    return rowsProblem(new Map([['0', body.toString('utf8')]]), '')
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  // Next's parser throws on a body cut short, where the web one may read what came before.
  if (!boundary || !body.includes(`--${boundary[1] ?? boundary[2]}--`)) return 'the body is not valid multipart form data'
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData()
  } catch {
    return 'the body is not valid multipart form data'
  }
  const rows = new Map<string, string>()
  for (const [key, value] of form) if (typeof value === 'string') rows.set(key, value)
  if (isFetchAction) return rowsProblem(rows, '')
  // A form posted without JavaScript: each action's metadata is a JSON row "$ACTION_<n>:0".
  for (const key of form.keys()) {
    const match = /^\$ACTION_(\d+):0$/.exec(key)
    if (!match) continue
    const metadata = parseJson(rows.get(key))
    if (!isRecord(metadata) || typeof metadata.id !== 'string') return `${key} is not an action's metadata`
    if (metadata.bound === null || metadata.bound === undefined) continue
    if (typeof metadata.bound !== 'string' || !/^\$@[0-9a-f]+$/.test(metadata.bound)) return `${key} has bound arguments in an unknown form`
    const prefix = `$ACTION_${match[1]}:`
    const boundRow = String(parseInt(metadata.bound.slice(2), 16))
    if (!Array.isArray(parseJson(rows.get(prefix + boundRow)))) return `${key} refers to bound arguments that are not there`
    const problem = rowsProblem(rows, prefix, boundRow)
    if (problem) return problem
  }
  return undefined
}

const INLINE_FORMS = new Set(['$', 'u', 'D', 'I', '-', 'N', 'K'])

function rowsProblem(rows: Map<string, string>, prefix: string, root = '0'): string | undefined {
  const seen = new Set<string>()
  const pending = [root]
  while (pending.length > 0) {
    const id = pending.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    const text = rows.get(prefix + id)
    if (text === undefined) return `row ${id} of the action's arguments is missing`
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return `row ${id} of the action's arguments is not JSON`
    }
    // The arguments themselves: Next applies the action to them, so they must be a list.
    if (id === root && (!Array.isArray(value) || value.length > 1000)) return "the action's arguments are not a list"
    const problem = referencesProblem(value, pending)
    if (problem) return problem
  }
  return undefined
}

function referencesProblem(value: unknown, pending: string[]): string | undefined {
  const stack = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (typeof item === 'string') {
      if (item[0] !== '$' || item.length === 1) continue
      const tag = item[1]!
      if (INLINE_FORMS.has(tag)) continue
      if (tag === 'n' && /^-?\d{1,300}$/.test(item.slice(2))) continue
      if (/^[0-9a-f]+$/.test(item.slice(1))) {
        pending.push(String(parseInt(item.slice(1), 16)))
        continue
      }
      return `the action's arguments hold a value of a kind no form here sends (${item.slice(0, 2)})`
    }
    if (Array.isArray(item)) stack.push(...item)
    else if (isRecord(item)) stack.push(...Object.values(item))
  }
  return undefined
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
