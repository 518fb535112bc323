import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { CURRENT_USER_CLINIC_FIELDS } from '@/lib/auth/current-user'
import { makeHandout, type TRenderHandout } from '@/lib/handouts/make-handout'
import { renderHere } from '@/lib/handouts/render-here'
import { makePng } from '../support/make-png'
import { createTempDirs } from '../support/temp-dir'
import { withTwoClinics } from '../support/two-clinics'

const tempDir = createTempDirs('render-clinic-handout')

// Issue 20, item 2: one clinic's logo or load must not slow another clinic.
describe('a clinic’s handout on the shared renderer', () => {
  it('waits in its own clinic’s lane, with a logo stored before re-encoding shrunk before it reaches the renderer', async () => {
    await withTwoClinics(path.join(tempDir(), 'app.db'), async (db, { north, south }) => {
      // North's logo went in under the old check: a 4000 × 2500 PNG of a few dozen KB.
      await db.clinic.update({ where: { id: north.id }, data: { logo: new Uint8Array(makePng(4000, 2500)), logoMimeType: 'image/png' } })
      const seen: { clinicId?: string; logoSize?: string }[] = []
      const render: TRenderHandout = async (handout, logo, clinicId) => {
        const size = logo && (await sharp(logo.data).metadata())
        seen.push({ clinicId, logoSize: size && `${size.width} × ${size.height}` })
        return renderHere(handout, logo)
      }
      for (const clinic of [north, south]) {
        const { id: userId } = await db.user.create({ data: { clinicId: clinic.id, email: `dana@${clinic.id}.test`, name: 'Dr. Dana Hazel', role: 'clinician' } })
        const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { clinic: { select: CURRENT_USER_CLINIC_FIELDS } } })
        await makeHandout({ group: 'senior', causes: ['dehydration'] }, { render, clinic: { db, user } })
      }
      expect(seen[0]).toEqual({ clinicId: north.id, logoSize: '320 × 200' })
      expect(seen.at(-1)).toEqual({ clinicId: south.id, logoSize: undefined })
    })
  }, 60_000)
})
