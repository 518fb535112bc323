import { beforeAll, describe, expect, it } from 'vitest'
import { endSession, endUserSessions, findLiveSession, sessionEndsAt, startSession, type TSessionOwner } from '@/lib/data/user-sessions'
import { DEMO_ACCOUNTS, seedDemoData } from '@/lib/data/seed-demo-data'
import { createSuiteDatabase } from '../support/suite-database'

// Short on purpose, as a test environment would set SESSION_MAX_AGE_SECONDS and SESSION_IDLE_SECONDS.
const LIMITS = { maxAgeMs: 60_000, idleMs: 20_000 }
const T0 = new Date('2026-12-07T09:00:00Z')
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)

describe('server-side sessions', () => {
  const database = createSuiteDatabase('user-sessions')
  let dana: TSessionOwner
  let other: TSessionOwner

  beforeAll(async () => {
    const db = database()
    await seedDemoData(db)
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.clinician.email } })
    dana = { userId: user.id, clinicId: user.clinicId }
    const harbour = await db.clinic.create({ data: { name: 'Harbour Clinic', phone: '555-0199', address: '2 Quay' } })
    other = { userId: (await db.user.create({ data: { clinicId: harbour.id, email: 'bea@harbour.test', name: 'Bea' } })).id, clinicId: harbour.id }
  })

  const keyOf = (owner: TSessionOwner, session: { id: string }) => ({ ...owner, sessionId: session.id })

  it('lives while used, however often, until the absolute lifetime from sign-in, and then is gone', async () => {
    const db = database()
    const session = await startSession(db, dana, LIMITS, at(0))
    for (const second of [15, 30, 45, 59]) expect(await findLiveSession(db, keyOf(dana, session), LIMITS, { now: at(second) }), `at ${second} s`).not.toBeNull()
    expect(await findLiveSession(db, keyOf(dana, session), LIMITS, { now: at(60) })).toBeNull()
    expect(await db.userSession.findUnique({ where: { id: session.id } })).toBeNull()
  })

  it('ends after the idle timeout without a request, and reading it without activity does not restart the idle clock', async () => {
    const db = database()
    const session = await startSession(db, dana, LIMITS, at(0))
    expect(await findLiveSession(db, keyOf(dana, session), LIMITS, { now: at(10) })).not.toBeNull()
    // Activity at 10 s: idle until 30 s.
    expect(sessionEndsAt(await db.userSession.findUniqueOrThrow({ where: { id: session.id } }), LIMITS)).toEqual(at(30))
    expect(await findLiveSession(db, keyOf(dana, session), LIMITS, { now: at(25), isActivity: false })).not.toBeNull()
    expect(await findLiveSession(db, keyOf(dana, session), LIMITS, { now: at(30) })).toBeNull()
  })

  it('is found only with its own user and clinic', async () => {
    const db = database()
    const session = await startSession(db, dana, LIMITS, at(0))
    expect(await findLiveSession(db, { ...keyOf(dana, session), userId: other.userId }, LIMITS, { now: at(1) })).toBeNull()
    expect(await findLiveSession(db, { ...keyOf(dana, session), clinicId: other.clinicId }, LIMITS, { now: at(1) })).toBeNull()
    await endUserSessions(db, other)
    await endSession(db, { ...keyOf(dana, session), clinicId: other.clinicId })
    expect(await findLiveSession(db, keyOf(dana, session), LIMITS, { now: at(1) })).not.toBeNull()
  })

  it('sign-out ends that session only; sign-out everywhere ends all of the user’s and no one else’s', async () => {
    const db = database()
    await endUserSessions(db, dana)
    const [laptop, phone, tablet] = [await startSession(db, dana, LIMITS, at(0)), await startSession(db, dana, LIMITS, at(0)), await startSession(db, dana, LIMITS, at(0))]
    const bea = await startSession(db, other, LIMITS, at(0))
    await endSession(db, keyOf(dana, laptop))
    expect(await findLiveSession(db, keyOf(dana, laptop), LIMITS, { now: at(1) })).toBeNull()
    expect(await findLiveSession(db, keyOf(dana, phone), LIMITS, { now: at(1) })).not.toBeNull()
    expect(await endUserSessions(db, dana)).toBe(2)
    expect(await findLiveSession(db, keyOf(dana, tablet), LIMITS, { now: at(1) })).toBeNull()
    expect(await findLiveSession(db, keyOf(other, bea), LIMITS, { now: at(1) })).not.toBeNull()
  })

  it('does not pile up: a sign-in deletes the user’s ended sessions', async () => {
    const db = database()
    await endUserSessions(db, dana)
    for (let hour = 0; hour < 5; hour++) await startSession(db, dana, LIMITS, at(hour * 3600))
    expect(await db.userSession.count({ where: dana })).toBe(1)
  })
})
