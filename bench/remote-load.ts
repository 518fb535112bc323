import { spawn } from 'node:child_process'
import path from 'node:path'
import { localBin, tsxArgs } from '../tests/support/local-bin'

export type TRawLoad = { requests: number; errors: number; non2xx: number; latencies: number[] }
export type TLoadJob = { url: string; connections: number; durationSeconds: number; headers: Record<string, string>; requests: { method: 'GET' | 'POST'; path: string; body?: string }[] }

/** Load from a process of its own at the lowest CPU priority (load-runner.ts), as clients on other machines would send it; `stop()` ends it early. */
export function remoteLoad(job: TLoadJob): { done: Promise<TRawLoad>; stop: () => void } {
  const child = spawn(localBin('tsx'), tsxArgs(path.join(process.cwd(), 'bench', 'load-runner.ts'), JSON.stringify(job)), { stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const done = new Promise<TRawLoad>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(output) as TRawLoad) : reject(new Error(`the load runner exited with ${code}`))))
  })
  return { done, stop: () => child.kill('SIGTERM') }
}

/** The same route with each body in turn. */
export const postsOf = (route: string, bodies: string[]) => bodies.map((body) => ({ method: 'POST' as const, path: route, body }))
