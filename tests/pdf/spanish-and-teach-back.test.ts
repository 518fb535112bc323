import { describe, expect, it } from 'vitest'
import { createHandout } from '@/lib/create-handout'
import type { THandoutRequestInput } from '@/lib/handout/request'
import { readPdf } from '../support/read-pdf'

const CLINIC = { clinicName: 'Clínica Demo', clinicPhone: '555-0100', clinicianName: 'Dra. Dana Demo' }

async function render(input: THandoutRequestInput) {
  const created = await createHandout(input, { date: '2026-11-26' })
  const pdf = await readPdf(created.pdf)
  return { ...created, pdf, text: pdf.pages.map((page) => page.text).join(' ') }
}

describe('a Spanish handout, read back from the PDF', () => {
  it('keeps every accent and the opening ¿ and ¡, and says the translation is not yet reviewed', async () => {
    const { text, pdf, pageCount } = await render({ group: 'pregnant', causes: ['pregnancy'], options: { language: 'es', extras: ['questions'] }, personal: { ...CLINIC, note: '¡Estire las pantorrillas! ¿Dudas? Llámenos.' } })
    expect(text).toContain('Calambres en las piernas')
    expect(text).toContain('Qué hacer cuando empieza')
    expect(text).toContain('¡Estire las pantorrillas! ¿Dudas? Llámenos.')
    for (const letter of ['á', 'é', 'í', 'ó', 'ú', 'ñ', '¿', '¡']) expect(text, letter).toContain(letter)
    expect(text).toContain('El texto en español todavía no ha sido revisado por un profesional clínico.')
    expect(text).not.toMatch(/This information was last reviewed/)
    expect(pdf.pages[0]!.text).toContain(`Página 1 de ${pageCount}`)
    expect(pdf.info.Language).toBe('es-US')
  })

  it('prints each section in Spanish, then in English, when bilingual', async () => {
    const { text } = await render({ group: 'athlete', causes: ['muscle-fatigue'], options: { language: 'bilingual' }, personal: CLINIC })
    const spanishTitle = text.indexOf('Si sus músculos están cansados')
    const englishTitle = text.indexOf('If your muscles are tired')
    expect(spanishTitle).toBeGreaterThan(0)
    expect(englishTitle).toBeGreaterThan(spanishTitle)
    expect(text).toContain('Qué está pasando · What is happening')
    expect(text).toContain('Cuándo buscar ayuda')
    expect(text).toContain('When to get help')
  })
})

describe('teach-back questions', () => {
  it('are printed with the group’s and causes’ own questions, opening with what to do and closing with when to get help', async () => {
    const { handout, text } = await render({ group: 'senior', causes: ['medications', 'dehydration'], options: { teachBack: true }, personal: CLINIC })
    expect(handout.teachBack?.map((question) => question.id)).toEqual(['cramp-starts', 'medicines', 'fluids', 'when-help'])
    expect(text).toContain('Check your understanding')
    expect(text).toContain('Which of your medicines will you ask your doctor, nurse or pharmacist about?')
    expect(text.indexOf('Check your understanding')).toBeLessThan(text.indexOf('When to get help'))
  })

  it('fit each group, and are left out unless asked for', async () => {
    const pregnant = await createHandout({ group: 'pregnant', options: { teachBack: true } }, { date: '2026-11-26' })
    expect(pregnant.handout.teachBack?.map((question) => question.id)).toEqual(['cramp-starts', 'supplements-pregnancy', 'bedtime-stretch', 'when-help'])
    const without = await createHandout({ group: 'pregnant' }, { date: '2026-11-26' })
    expect(without.handout.teachBack).toBeUndefined()
  })
})
