import { describe, expect, it } from 'vitest'
import { joinClinicBySso } from '@/lib/data/join-clinic-by-sso'
import { seedDemoData } from '@/lib/data/seed-demo-data'
import { createSuiteDatabase } from '../support/suite-database'

const database = createSuiteDatabase('sso-edge')

describe('single sign-on emails that try to look like the clinic’s', () => {
  it('refuses an address with a second @ that ends in another domain, and writes nothing', async () => {
    const db = database()
    await seedDemoData(db)
    expect(await joinClinicBySso(db, { email: 'mallory@demo-clinic.test@evil.example' })).toEqual({ ok: false, reason: 'no-email' })
    expect(await db.user.count({ where: { email: { contains: 'mallory' } } })).toBe(0)
  })
})
