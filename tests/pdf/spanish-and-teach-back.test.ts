import { describe, expect, it } from 'vitest'
import { makeHandoutHere } from '../support/make-handout-here'
import type { THandoutRequestInput } from '@/lib/handout/request'
import { readPdf } from '../support/read-pdf'

const CLINIC = { clinicName: 'Clínica Demo', clinicPhone: '555-0100', clinicianName: 'Dra. Dana Demo' }

async function render(input: THandoutRequestInput) {
  const created = await makeHandoutHere(input, { date: '2026-11-26' })
  const pdf = await readPdf(created.pdf)
  return { ...created, pdf, text: pdf.pages.map((page) => page.text).join(' ') }
}

describe('a Spanish handout, read back from the PDF', () => {
  it('keeps every accent and the opening ¿ and ¡, and claims no review, only the version of the guide text', async () => {
    const { text, pdf, pageCount } = await render({ group: 'pregnant', causes: ['pregnancy'], options: { language: 'es', extras: ['questions'] }, personal: { ...CLINIC, note: '¡Estire las pantorrillas! ¿Dudas? Llámenos.' } })
    expect(text).toContain('Calambres en las piernas')
    expect(text).toContain('Lo más importante')
    expect(text).toContain('Cuando empieza un calambre')
    expect(text).toContain('¡Estire las pantorrillas! ¿Dudas? Llámenos.')
    for (const letter of ['á', 'é', 'í', 'ó', 'ú', 'ñ', '¿', '¡']) expect(text, letter).toContain(letter)
    expect(text).toMatch(/Fuentes: .* Versión de la guía: [0-9a-f]{8}\./)
    expect(text).not.toMatch(/revisado por|revisó por última vez|reviewed/)
    expect(pdf.pages[0]!.text).toContain(`Página 1 de ${pageCount}`)
    expect(pdf.info.Language).toBe('es-US')
  })

  it('prints each section in Spanish, then in English, when bilingual', async () => {
    const { text } = await render({ group: 'office-worker', causes: ['muscle-fatigue', 'dehydration'], options: { language: 'bilingual', length: 'full' }, personal: CLINIC })
    const titles = ['Si le falta líquido', 'If you are low on fluid', 'Si sus músculos están cansados', 'If your muscles are tired'].map((title) => text.indexOf(title))
    expect(titles[0]).toBeGreaterThan(0)
    expect(titles).toEqual([...titles].sort((a, b) => a - b))
    // In the complete guide, a part of two sections or more prints its title, in both languages.
    expect(text).toContain('Qué puede estar causando los suyos · What may be causing yours')
    expect(text).toContain('Lo más importante · Key points')
    expect(text).toContain('Cuándo buscar ayuda')
    expect(text).toContain('When to get help')
  })
})

describe('teach-back questions', () => {
  it('are printed with the group’s and causes’ own questions, opening with what to do and closing with when to get help', async () => {
    const { handout, text } = await render({ group: 'senior', causes: ['medications', 'dehydration'], options: { teachBack: true, length: 'full' }, personal: CLINIC })
    expect(handout.teachBack?.map((question) => question.id)).toEqual(['cramp-starts', 'medicines', 'fluids', 'when-help'])
    // The short handout asks three: one of its own between the opening and the closing question.
    const short = await render({ group: 'senior', causes: ['medications', 'dehydration'], options: { teachBack: true }, personal: CLINIC })
    expect(short.handout.teachBack?.map((question) => question.id)).toEqual(['cramp-starts', 'medicines', 'when-help'])
    expect(text).toContain('Check your understanding')
    expect(text).toContain('Which of your medicines will you ask your doctor, nurse or pharmacist about?')
    expect(text.indexOf('Check your understanding')).toBeLessThan(text.lastIndexOf('When to get help'))
  })

  it('fit each group, and are left out unless asked for', async () => {
    const pregnant = await makeHandoutHere({ group: 'pregnant', options: { teachBack: true } }, { date: '2026-11-26' })
    expect(pregnant.handout.teachBack?.map((question) => question.id)).toEqual(['cramp-starts', 'supplements-pregnancy', 'when-help'])
    const without = await makeHandoutHere({ group: 'pregnant' }, { date: '2026-11-26' })
    expect(without.handout.teachBack).toBeUndefined()
  })
})
