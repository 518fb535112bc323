// Run by the bench (remote-load.ts) in a process of its own, at the lowest CPU priority: the load
// tool stands in for clients on other machines, which take none of the server's CPU. On the
// same two cores at normal priority, autocannon took a share the server's renders then lacked.
// Each connection sends the requests in turn for `durationSeconds` (or until SIGTERM), then
// the counts and every response's latency are printed as JSON.
import { setPriority } from 'node:os'
import autocannon from 'autocannon'
import { z } from 'zod'

const Job = z.strictObject({
  url: z.url(),
  connections: z.int().positive(),
  durationSeconds: z.number().positive(),
  headers: z.record(z.string(), z.string()),
  requests: z.array(z.strictObject({ method: z.enum(['GET', 'POST']), path: z.string().startsWith('/'), body: z.string().optional() })).min(1),
})
const { url, connections, durationSeconds, headers, requests } = Job.parse(JSON.parse(process.argv[2] ?? '{}'))

setPriority(19)
const latencies: number[] = []
const instance = autocannon(
  {
    url,
    connections,
    duration: durationSeconds,
    headers,
    requests: requests.map(({ method, path, body }) => (body === undefined ? { method, path } : { method, path, body, headers: { ...headers, 'content-type': 'application/json' } })),
  },
  (error, result) => {
    if (error) throw error
    process.stdout.write(JSON.stringify({ requests: result.requests.total, errors: result.errors + result.timeouts, non2xx: result.non2xx, latencies }))
  },
)
instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime))
process.on('SIGTERM', () => instance.stop())
