import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CURRENT_USER_CLINIC_FIELDS } from '@/lib/auth/current-user'
import { describe, expect, it } from 'vitest'
import { topicLibrary } from '@/lib/content/load-topic'
import { todayIso } from '@/lib/handout/handout-model'
import { createTemplate } from '@/lib/data/templates/create-template'
import { createPrismaClient } from '@/lib/db'
import { currentSectionVersions } from '@/lib/handout/template-freshness'
import { parseTemplateInput, templateToRequestInput } from '@/lib/handout/template-input'
import { makeHandout } from '@/lib/handouts/make-handout'
import { renderHere } from '@/lib/handouts/render-here'
import { migrateDatabase } from '../support/migrated-database'
import { readPdf } from '../support/read-pdf'
import { createTempDirs } from '../support/temp-dir'
import { NIGHT_CRAMPS } from '../support/template-fixtures'

const topics = topicLibrary()

// Strings that appear nowhere in the app or its guide library, so finding them anywhere means a leak.
const PATIENT_FIRST_NAME = 'Zanzibarina'
const PATIENT_NOTE = 'Quokka-marmalade-7731 stretch twice'

/** Every byte SQLite keeps for this database: the file itself and any journal or write-ahead log beside it. */
function databaseBytes(file: string): { name: string; bytes: Buffer }[] {
  const dir = path.dirname(file)
  return readdirSync(dir)
    .filter((name) => name.startsWith(path.basename(file)))
    .map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }))
}

const holds = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'))

describe('patient data', () => {
  const tempDir = createTempDirs('no-patient-data')

  it('is printed on the handout but never stored: not in the history, not in templates, nowhere in the database file', async () => {
    const file = path.join(tempDir(), 'app.db')
    const db = createPrismaClient(migrateDatabase(file))
    try {
      const clinic = await db.clinic.create({ data: { name: 'Hazel Clinic', phone: '555-0142', address: '4 Hazel Row', emailDomain: 'hazel.test' } })
      const { id: userId } = await db.user.create({ data: { clinicId: clinic.id, email: 'dana@hazel.test', name: 'Dr. Dana Hazel', role: 'clinician' } })
      // The signed-in user as lib/auth/current-user.ts reads them.
      const user = await db.user.findUniqueOrThrow({
        where: { id: userId },
        include: { clinic: { select: CURRENT_USER_CLINIC_FIELDS } },
      })
      const parsed = parseTemplateInput(NIGHT_CRAMPS, topics)
      const choices = { ...parsed.request, defaultNote: parsed.defaultNote, followUpDays: parsed.followUpDays }
      const template = await createTemplate(db, user, parsed, currentSectionVersions(choices, topics, todayIso()).sectionVersions)
      const personal = { patientFirstName: PATIENT_FIRST_NAME, note: PATIENT_NOTE }

      const render = renderHere
      const fromBuilder = await makeHandout({ group: 'senior', causes: ['dehydration', 'medications'], personal }, { render, clinic: { db, user, record: {} } })
      await makeHandout({ group: 'athlete', causes: ['muscle-fatigue'], personal }, { render, clinic: { db, user, record: {} } })
      const fromTemplate = templateToRequestInput(template, { patientFirstName: PATIENT_FIRST_NAME, date: todayIso() })
      await makeHandout({ ...fromTemplate, personal: { ...fromTemplate.personal, note: PATIENT_NOTE } }, { render, clinic: { db, user, record: { templateId: template.id } } })
      await createTemplate(db, user, parseTemplateInput({ ...NIGHT_CRAMPS, name: 'Athletes, after training', group: 'athlete', causes: ['muscle-fatigue'] }, topics), {})

      // The patient did get their name and note on paper.
      const printed = (await readPdf(fromBuilder.pdf)).pages.map((page) => page.text).join(' ')
      expect(printed).toContain(PATIENT_FIRST_NAME)
      expect(printed).toContain(PATIENT_NOTE)
      // A template cannot even be asked to keep a patient's name.
      expect(() => parseTemplateInput({ ...NIGHT_CRAMPS, patientFirstName: PATIENT_FIRST_NAME }, topics)).toThrow('patientFirstName: is not a template field')

      const history = await db.handoutLog.findMany({
        orderBy: { createdAt: 'asc' },
        select: { clinicId: true, userId: true, templateId: true, topic: true, group: true, causes: true, options: true },
      })
      const logged = { clinicId: clinic.id, userId, topic: 'leg-cramps', options: { largePrint: false, includeSources: true } }
      expect(history).toEqual([
        { ...logged, templateId: null, group: 'senior', causes: ['dehydration', 'medications'] },
        { ...logged, templateId: null, group: 'athlete', causes: ['muscle-fatigue'] },
        { ...logged, templateId: template.id, group: 'senior', causes: ['dehydration', 'medications'] },
      ])
    } finally {
      await db.$disconnect()
    }

    const files = databaseBytes(file)
    expect(files.map(({ name }) => name)).toContain('app.db')
    // The search itself works on this file: the template's name, which is meant to be stored, is found.
    expect(files.some(({ bytes }) => holds(bytes, 'Athletes, after training'))).toBe(true)
    for (const { name, bytes } of files) {
      expect(holds(bytes, PATIENT_FIRST_NAME), `${PATIENT_FIRST_NAME} in ${name}`).toBe(false)
      expect(holds(bytes, PATIENT_NOTE), `the patient's note in ${name}`).toBe(false)
      expect(holds(bytes, 'Quokka'), `part of the patient's note in ${name}`).toBe(false)
    }
  })
})
