import { Agent, request as httpRequest } from 'node:http'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'

export type TRawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; text: string }

/**
 * One HTTP request sent exactly as given: the path byte for byte (a malformed %-escape stays
 * malformed), any header, and a body that is sent whole, or in chunks without a Content-Length.
 * A server may answer before the body ends (413) and close: the answer still counts.
 */
export function sendRaw(
  baseUrl: string,
  { method = 'GET', path, headers = {}, body, chunks }: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: { size: number; count: number } },
): Promise<TRawAnswer> {
  const { hostname, port } = new URL(baseUrl)
  // A connection of its own, kept alive as a browser's is: a client that asks to close would see
  // the server close after a 413 while it is still sending, and lose the answer to the reset.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  return new Promise<TRawAnswer>((resolve, reject) => {
    let answered = false
    // Node sends a DELETE's or OPTIONS' body with no length unless told one; the request would not be HTTP.
    const framing = 'content-length' in headers ? {} : chunks ? { 'transfer-encoding': 'chunked' } : body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }
    const sent = httpRequest({ hostname, port, method, path, agent, headers: { ...framing, ...headers } }, (response) => {
      answered = true
      const parts: Buffer[] = []
      response.on('data', (part: Buffer) => parts.push(part))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(parts).toString('utf8') }))
      response.on('error', reject)
    })
    // Writing after the server answered and closed fails; the answer has been taken already.
    sent.on('error', (error) => (answered ? undefined : reject(error)))
    if (chunks) {
      const chunk = Buffer.alloc(chunks.size, 120)
      let left = chunks.count
      const write = () => {
        while (left > 0 && !answered && !sent.destroyed) {
          left -= 1
          if (!sent.write(chunk)) return void sent.once('drain', write)
        }
        if (!sent.destroyed) sent.end()
      }
      write()
    } else {
      sent.end(body)
    }
  }).finally(() => agent.destroy())
}

/** Signs in with a password as the sign-in form does, over plain HTTP; returns the Cookie header of the session. */
export async function signInOverHttp(baseUrl: string, account: { email: string; password: string } = DEMO_ACCOUNTS.clinician): Promise<string> {
  const cookies = new Map<string, string>()
  const keep = (headers: TRawAnswer['headers']) => {
    for (const line of [headers['set-cookie'] ?? []].flat()) {
      const [pair] = line.split(';')
      const at = pair!.indexOf('=')
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1))
    }
  }
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  const csrf = await sendRaw(baseUrl, { path: '/api/auth/csrf' })
  keep(csrf.headers)
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string }
  const form = new URLSearchParams({ csrfToken, email: account.email, password: account.password, callbackUrl: '/handouts/new' }).toString()
  const signIn = await sendRaw(baseUrl, { method: 'POST', path: '/api/auth/callback/credentials', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() }, body: form })
  keep(signIn.headers)
  if (![...cookies.keys()].some((name) => name.includes('session-token'))) throw new Error(`sign-in as ${account.email} gave no session (${signIn.status})`)
  return header()
}
