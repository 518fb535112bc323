// Run by the bench (http-load.ts) in a process of its own: times one request, again and again,
// one at a time. The bench's own process holds a large heap by then (in-process renders, the
// load tool), and its garbage collection pauses showed up in these few-millisecond figures.
import { Agent, request } from 'node:http'
import { z } from 'zod'

const Job = z.strictObject({ url: z.url(), headers: z.record(z.string(), z.string()), body: z.string(), runs: z.int().positive() })
const { url, headers, body, runs } = Job.parse(JSON.parse(process.argv[2] ?? '{}'))
const agent = new Agent({ keepAlive: true, maxSockets: 1 })

const post = () =>
  new Promise<void>((resolve, reject) => {
    const sent = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers } }, (response) => {
      response.on('data', () => {})
      response.on('end', resolve)
      response.on('error', reject)
    })
    sent.on('error', reject)
    sent.end(body)
  })

await post() // opens the connection: not timed
const times: number[] = []
for (let run = 0; run < runs; run++) {
  const started = performance.now()
  await post()
  times.push(performance.now() - started)
}
agent.destroy()
process.stdout.write(JSON.stringify(times))
