import path from 'node:path'
import type { Nodes } from 'mdast'
import { describe, expect, it } from 'vitest'
import { checkReadability } from '@/lib/content/check-readability'
import { readTopic, type TSection } from '@/lib/content/read-topic'

const topic = readTopic(path.join(process.cwd(), 'templates', 'leg-cramps'))

function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join(' ')
  return ''
}
const bodyText = (section: TSection) => textOf(section.body).replace(/\s+/g, ' ')
const section = (id: string) => {
  const found = topic.sections.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no section ${id}`)
  return found
}
const allText = topic.sections.map((candidate) => `${candidate.title} ${bodyText(candidate)}`).join('\n')

describe('the leg-cramps library', () => {
  it('has the five patient groups and the 13 causes of the source article', () => {
    expect(topic.groups.map((group) => group.id)).toEqual(['senior', 'athlete', 'pregnant', 'office-worker', 'diabetic'])
    expect(topic.causes).toHaveLength(13)
  })

  it('covers every part the content guide lists', () => {
    const kinds = new Set(topic.sections.map((candidate) => candidate.kind))
    for (const kind of ['overview', 'comparison', 'relief', 'prevention', 'group', 'cause', 'treatment', 'visit', 'questions', 'red-flags']) {
      expect(kinds, kind).toContain(kind)
    }
    for (const id of ['relief-stretch', 'relief-massage', 'relief-walk', 'relief-heat-cold']) section(id)
    for (const id of ['prevention-fluids', 'prevention-food', 'prevention-stretching', 'prevention-footwear', 'prevention-habits', 'prevention-supplements']) section(id)
    for (const id of ['treatment-medicines', 'treatment-physical-therapy', 'treatment-alternatives', 'risk-factors', 'symptoms', 'visit-tests']) section(id)
  })

  it('keeps every section at grade 8 or below and the average at 6.5 or below', () => {
    const report = checkReadability(topic)
    expect(report.tooHard).toEqual([])
    expect(report.averageGrade).toBeLessThanOrEqual(6.5)
  })

  it('says not to take quinine, and never recommends it', () => {
    expect(bodyText(section('prevention-supplements'))).toMatch(/Do not take quinine for leg cramps/)
    expect(allText).not.toMatch(/take quinine(?! for)/i)
  })

  it('makes no promise about magnesium and sends patients to ask first', () => {
    expect(bodyText(section('prevention-supplements'))).toMatch(/Magnesium is not likely to help typical cramps in older adults/)
    expect(allText).not.toMatch(/magnesium (will|can) (help|stop|prevent)/i)
  })

  it('tells people with a fluid limit to keep to it wherever it says to drink more', () => {
    for (const id of ['prevention-fluids', 'cause-dehydration', 'group-senior', 'group-pregnant', 'group-athlete', 'group-office-worker']) {
      expect(bodyText(section(id)), id).toMatch(/fluid limit|limit fluids/i)
    }
  })

  it('allows potassium supplements only on the clinician’s word', () => {
    expect(bodyText(section('prevention-supplements'))).toMatch(/potassium pills only if your doctor or nurse tells you to/i)
  })

  it('never puts heat on numb skin for people with diabetes, and replaces the general heat advice for them', () => {
    const diabetesHeat = section('relief-heat-cold-diabetes')
    expect(diabetesHeat.replaces).toEqual(['relief-heat-cold'])
    expect(diabetesHeat.appliesTo.groups).toEqual(['diabetic'])
    expect(bodyText(diabetesHeat)).toMatch(/numb/i)
    expect(bodyText(section('group-diabetic'))).toMatch(/Never put heat on numb skin/)
  })

  it('gives pregnant patients their own relief advice and no supplement without asking', () => {
    expect(section('relief-pregnancy').replaces).toEqual(['relief-stretch'])
    expect(bodyText(section('group-pregnant'))).toMatch(/before you take any supplement/)
    expect(section('group-pregnant').sources).toContain('luo-2020')
  })

  it('carries every red flag from the content guide in the one section every handout gets', () => {
    const redFlags = section('red-flags')
    expect(redFlags.appliesTo).toEqual({ groups: [], causes: [] })
    const text = bodyText(redFlags)
    expect(text).toMatch(/swollen, red, warm or painful/)
    expect(text).toMatch(/blood clot/)
    expect(text).toMatch(/Pregnancy/)
    expect(text).toMatch(/weakness or numbness/)
    expect(text).toMatch(/dark urine/)
    expect(text).toMatch(/statin/)
    expect(text).toMatch(/hurts when you walk and feels better when you rest/)
    expect(text).toMatch(/keep coming back/)
    expect(text).toMatch(/do not ease when you stretch/)
  })

  it('cites the bedtime stretching trial where it gives that advice', () => {
    expect(section('prevention-stretching').sources).toContain('hallegraeff-2012')
  })

  it('carries none of the source article’s promotion or invented experts', () => {
    expect(allText).not.toMatch(/why\.edu|WHY\.EDU|Curiosity Lane|Whatsapp|John Smith|Emily Johnson|Michael Brown|Sarah White|Mayo Clinic/i)
    expect(allText).not.toMatch(/\b(cures?|guaranteed)\b/i)
  })

  it('uses no characters the embedded font cannot print', () => {
    expect(allText).not.toMatch(/[≥≤→°\u{1F300}-\u{1FAFF}]/u)
  })
})
