import path from 'node:path'
import { QueryCompiler } from '@prisma/client/runtime/query_compiler_bg.sqlite.mjs'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createTempDirs } from '../support/temp-dir'
import { withTwoClinics } from '../support/two-clinics'

const tempDir = createTempDirs('prisma-query-plans')

describe('query plans (patches/@prisma+client)', () => {
  const compile = vi.spyOn(QueryCompiler.prototype, 'compile')
  afterAll(() => compile.mockRestore())

  it('compiles a read once and reuses its plan; updates compile every time', async () => {
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

  it('reuses a history line\'s plan only for the same values, and each run still makes its own id and time; other creates compile every time', async () => {
    await withTwoClinics(path.join(tempDir(), 'app.db'), async (db, { north }) => {
      compile.mockClear()
      const user = await db.user.create({ data: { clinicId: north.id, email: 'a@north.test', name: 'A', passwordHash: 'x' } })
      await db.user.delete({ where: { id: user.id } })
      const again = await db.user.create({ data: { clinicId: north.id, email: 'a@north.test', name: 'A', passwordHash: 'x' } })
      expect(compile).toHaveBeenCalledTimes(3)

      const line = { clinicId: north.id, userId: again.id, topic: 'leg-cramps', group: 'senior', causes: ['dehydration'], options: { largePrint: false }, contentVersion: 'v1', pageCount: 6, renderMs: 0 }
      compile.mockClear()
      const first = await db.handoutLog.create({ data: line })
      await new Promise((resolve) => setTimeout(resolve, 5))
      const second = await db.handoutLog.create({ data: line })
      expect(compile).toHaveBeenCalledTimes(1)
      expect(second.id).not.toBe(first.id)
      expect(second.createdAt.getTime()).toBeGreaterThan(first.createdAt.getTime())
      expect(second).toMatchObject({ ...line, id: second.id })

      const other = await db.handoutLog.create({ data: { ...line, group: 'athlete', renderMs: 31 } })
      expect(compile).toHaveBeenCalledTimes(2)
      expect(other).toMatchObject({ group: 'athlete', renderMs: 31 })
      expect(await db.handoutLog.count({ where: { userId: again.id } })).toBe(3)
    })
  })
})
