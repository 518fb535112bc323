// One clinic's logo or load must not slow another clinic (issue 20, item 2). On a running
// production server: the demo clinic's PDF latency, one request at a time, alone; then while a
// second clinic prints at 16 connections with a small logo; then while it prints with a heavy
// one, stored as the old upload check let it through (a 4000 × 2500 PNG of a few dozen KB,
// which react-pdf used to decode on every render). Before the fix such a logo took another
// clinic's median from 173 ms to 7 s.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { hashPassword } from '../lib/data/password'
import { setClinicLogo } from '../lib/data/update-clinic'
import { createPrismaClient } from '../lib/db'
import { localBin, tsxArgs } from '../tests/support/local-bin'
import { makePng } from '../tests/support/make-png'
import { CORPUS } from '../tests/support/corpus'
import { signIn } from './http-load'
import { postsOf, remoteLoad } from './remote-load'
import { median, round } from './stats'

const BUSY_CLINIC = { name: 'Busy Clinic', email: 'busy@busy-clinic.test', password: 'busy-clinic-bench-password' }
const BUSY_CONNECTIONS = 16

export type TFairness = {
  otherAloneP50Ms: number
  otherBesideSmallLogoP50Ms: number
  otherBesideHeavyLogoP50Ms: number
  busySmallLogoP50Ms: number
  busyHeavyLogoP50Ms: number
  /** The figure issue 20 asks for: the other clinic's p50 beside the heavy logo over beside the small one (target at most 1.5). */
  heavyOverSmall: number
  /** The other clinic's p50 beside 16 connections of a busy clinic, over alone. */
  busyOverAlone: number
}

/** `runs` PDF requests one after another from a process of their own (request-timer.ts), without blocking this one's load. */
async function timeOtherClinic(baseUrl: string, cookie: string, runs: number): Promise<number[]> {
  const body = JSON.stringify({ ...CORPUS[0]!.request, personal: { ...CORPUS[0]!.request.personal, patientFirstName: 'Other' } })
  const job = JSON.stringify({ url: `${baseUrl}/api/handouts/pdf`, headers: { cookie }, body, runs })
  const { stdout } = await promisify(execFile)(localBin('tsx'), tsxArgs(path.join(process.cwd(), 'bench', 'request-timer.ts'), job), { encoding: 'utf8' })
  return JSON.parse(stdout) as number[]
}

/** The busy clinic printing the corpus (each PDF naming a patient, so none is cached) until `measure` is done. */
async function whileBusy<T>(baseUrl: string, cookie: string, measure: () => Promise<T>): Promise<{ measured: T; busyLatencies: number[] }> {
  const bodies = CORPUS.map((entry) => JSON.stringify({ ...entry.request, personal: { ...entry.request.personal, patientFirstName: 'Busy' } }))
  // Stopped once the other clinic is timed.
  const load = remoteLoad({ url: baseUrl, connections: BUSY_CONNECTIONS, durationSeconds: 600, headers: { cookie }, requests: postsOf('/api/handouts/pdf', bodies) })
  await new Promise((resolve) => setTimeout(resolve, 2000)) // the queue fills before the other clinic is timed
  let measured: T
  try {
    measured = await measure()
  } finally {
    load.stop()
  }
  const { latencies } = await load.done
  await new Promise((resolve) => setTimeout(resolve, 2000)) // requests still in flight drain
  return { measured, busyLatencies: latencies }
}

export async function measureClinicFairness({ baseUrl, databaseUrl, cookie }: { baseUrl: string; databaseUrl: string; cookie: string }, runs = 100): Promise<TFairness> {
  const db = createPrismaClient(databaseUrl)
  try {
    const busy = await db.clinic.create({
      data: {
        name: BUSY_CLINIC.name,
        phone: '555-0199',
        address: '9 Busy Road',
        users: { create: { email: BUSY_CLINIC.email, name: 'Dr. Busy', role: 'clinician', passwordHash: await hashPassword(BUSY_CLINIC.password) } },
      },
    })
    const busyCookie = await signIn(baseUrl, BUSY_CLINIC)
    const other = (times: number[]) => round(median(times))

    const alone = await timeOtherClinic(baseUrl, cookie, runs)

    await setClinicLogo(db, { clinicId: busy.id }, makePng(300, 100))
    const small = await whileBusy(baseUrl, busyCookie, () => timeOtherClinic(baseUrl, cookie, runs))

    await db.clinic.update({ where: { id: busy.id }, data: { logo: new Uint8Array(makePng(4000, 2500)), logoMimeType: 'image/png' } })
    const heavy = await whileBusy(baseUrl, busyCookie, () => timeOtherClinic(baseUrl, cookie, runs))

    const result = {
      otherAloneP50Ms: other(alone),
      otherBesideSmallLogoP50Ms: other(small.measured),
      otherBesideHeavyLogoP50Ms: other(heavy.measured),
      busySmallLogoP50Ms: round(median(small.busyLatencies)),
      busyHeavyLogoP50Ms: round(median(heavy.busyLatencies)),
    }
    return { ...result, heavyOverSmall: round(result.otherBesideHeavyLogoP50Ms / result.otherBesideSmallLogoP50Ms, 2), busyOverAlone: round(result.otherBesideHeavyLogoP50Ms / result.otherAloneP50Ms, 2) }
  } finally {
    await db.$disconnect()
  }
}

export function printClinicFairness(fairness: TFairness): void {
  console.log(`\nPer-clinic fairness (another clinic's PDFs, one at a time, p50; a busy clinic at ${BUSY_CONNECTIONS} connections)\n`)
  console.log(`other clinic alone                                  ${fairness.otherAloneP50Ms} ms`)
  console.log(`beside the busy clinic, small logo                  ${fairness.otherBesideSmallLogoP50Ms} ms   (busy clinic's own p50 ${fairness.busySmallLogoP50Ms} ms)`)
  console.log(`beside the busy clinic, heavy logo (4000 x 2500)    ${fairness.otherBesideHeavyLogoP50Ms} ms   (busy clinic's own p50 ${fairness.busyHeavyLogoP50Ms} ms)`)
  console.log(`heavy logo / small logo: ${fairness.heavyOverSmall}x (target at most 1.5x); beside the busy clinic / alone: ${fairness.busyOverAlone}x`)
}
