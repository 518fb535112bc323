import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createTempDirs } from '../support/temp-dir'
import { withTwoClinics } from '../support/two-clinics'

const tempDir = createTempDirs('sqlite-statements')

describe('SQLite statements (patches/@prisma+adapter-better-sqlite3)', () => {
  const prepare = vi.spyOn(Database.prototype, 'prepare')
  afterAll(() => prepare.mockRestore())

  it('prepares each query once and runs it again with each call’s own arguments', async () => {
    await withTwoClinics(path.join(tempDir(), 'app.db'), async (db, { north, south }) => {
      prepare.mockClear()
      const names = []
      for (const id of [north.id, south.id, north.id, south.id]) names.push((await db.clinic.findUnique({ where: { id }, select: { name: true } }))?.name)
      expect(names).toEqual(['North Clinic', 'South Clinic', 'North Clinic', 'South Clinic'])
      expect(prepare).toHaveBeenCalledTimes(1)
      // Writes too: the same insert twice, two rows.
      await db.clinic.create({ data: { name: 'East Clinic', phone: '555-0100', address: '1 Main St' } })
      await db.clinic.create({ data: { name: 'West Clinic', phone: '555-0100', address: '1 Main St' } })
      expect((await db.clinic.findMany({ orderBy: { name: 'asc' }, select: { name: true } })).map((clinic) => clinic.name)).toEqual(['East Clinic', 'North Clinic', 'South Clinic', 'West Clinic'])
    })
  })
})
