import path from 'node:path'
import { QueryCompiler } from '@prisma/client/runtime/query_compiler_bg.sqlite.mjs'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createTempDirs } from '../support/temp-dir'
import { withTwoClinics } from '../support/two-clinics'

const tempDir = createTempDirs('prisma-query-plans')

describe('query plans (patches/@prisma+client)', () => {
  const compile = vi.spyOn(QueryCompiler.prototype, 'compile')
  afterAll(() => compile.mockRestore())

  it('compiles a read once and reuses its plan; writes compile every time', async () => {
    await withTwoClinics(path.join(tempDir(), 'app.db'), async (db, { north, south }) => {
      compile.mockClear()
      const names = []
      for (const id of [north.id, south.id, north.id, south.id, north.id]) names.push((await db.clinic.findUnique({ where: { id }, select: { name: true } }))?.name)
      expect(names).toEqual(['North Clinic', 'South Clinic', 'North Clinic', 'South Clinic', 'North Clinic'])
      expect(compile).toHaveBeenCalledTimes(2)

      // A reused plan reads the rows as they are now, not as they were.
      await db.clinic.update({ where: { id: north.id }, data: { name: 'North Clinic, renamed' } })
      await db.clinic.update({ where: { id: north.id }, data: { name: 'North Clinic, renamed again' } })
      expect((await db.clinic.findUnique({ where: { id: north.id }, select: { name: true } }))?.name).toBe('North Clinic, renamed again')
      expect(compile).toHaveBeenCalledTimes(4)

      // Results are the caller's to change: a plan's values never leak into them, nor the reverse.
      const first = await db.clinic.findMany({ orderBy: { name: 'asc' }, select: { name: true } })
      first.push({ name: 'changed by the caller' })
      first[0]!.name = 'changed too'
      expect((await db.clinic.findMany({ orderBy: { name: 'asc' }, select: { name: true } })).map((clinic) => clinic.name)).toEqual(['North Clinic, renamed again', 'South Clinic'])
    })
  })
})
