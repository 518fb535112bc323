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
    for (const kind of ['key-points', 'overview', 'comparison', 'relief', 'prevention', 'group', 'cause', 'treatment', 'visit', 'questions', 'red-flags']) {
      expect(kinds, kind).toContain(kind)
    }
    for (const id of ['relief-stretch', 'relief-thigh-stretch']) section(id)
    // Rubbing, walking it off and warmth are lines of the relief section.
    expect(bodyText(section('relief-stretch'))).toMatch(/Rub the muscle[\s\S]*walk around[\s\S]*warm towel/)
    for (const id of ['prevention-fluids', 'prevention-food', 'prevention-stretching', 'prevention-footwear', 'prevention-habits', 'prevention-supplements']) section(id)
    for (const id of ['treatment-medicines', 'treatment-physical-therapy', 'treatment-alternatives', 'risk-factors', 'symptoms', 'visit-tests']) section(id)
  })

  it('keeps every section at grade 8 or below and the average at 6.5 or below', () => {
    const report = checkReadability(topic)
    expect(report.tooHard).toEqual([])
    expect(report.averageGrade).toBeLessThanOrEqual(6.5)
  })

  it('says not to take quinine, and never recommends it', () => {
    expect(bodyText(section('prevention-supplements'))).toMatch(/Do not take quinine for cramps/)
    // The key points, on every handout, carry it too.
    expect(bodyText(section('key-points'))).toMatch(/Do not take quinine \(a malaria medicine\) for cramps/)
    expect(allText.replace(/take quinine \(a malaria medicine\) for/gi, 'take quinine for')).not.toMatch(/take quinine(?! for)/i)
  })

  it('makes no promise about magnesium and sends patients to ask first', () => {
    expect(bodyText(section('prevention-supplements'))).toMatch(/Ask your doctor or pharmacist before you take magnesium[\s\S]*not proven to help/)
    expect(allText).not.toMatch(/magnesium (will|can) (help|stop|prevent)/i)
  })

  it('tells people with a fluid limit to keep to it wherever it says to drink more', () => {
    for (const id of ['key-points', 'prevention-fluids', 'cause-dehydration']) {
      expect(bodyText(section(id)), id).toMatch(/fluid limit|limit fluids/i)
    }
  })

  it('allows potassium supplements only on the clinician’s word', () => {
    for (const id of ['prevention-supplements', 'cause-electrolyte-imbalance']) expect(bodyText(section(id)), id).toMatch(/potassium pills only if your doctor tells you to/i)
  })

  it('never puts heat on numb skin for people with diabetes, and replaces the general heat advice for them', () => {
    expect(section('relief-stretch').lines.get('warmth')).toMatchObject({ notGroups: ['diabetic'], conflicts: ['heat-numb-skin'] })
    expect(bodyText(section('group-diabetic'))).toMatch(/Never put heat or ice on numb skin[\s\S]*hand or elbow that has normal feeling/)
    expect(topic.groups.find((group) => group.id === 'diabetic')!.safety).toContain('heat-numb-skin')
  })

  it('gives pregnant patients no supplement without asking and no NSAID from 20 weeks', () => {
    const text = bodyText(section('group-pregnant'))
    expect(text).toMatch(/before you take any medicine or supplement/)
    expect(text).toMatch(/do not take ibuprofen, naproxen or aspirin unless your doctor or midwife says so[\s\S]*20 weeks/)
    expect(section('group-pregnant').sources).toEqual(expect.arrayContaining(['luo-2020', 'fda-nsaids-2020']))
    // Ibuprofen is named nowhere else: no pain relief line can reach a pregnant patient without the warning.
    for (const other of topic.sections.filter((candidate) => !['group-pregnant', 'cause-pregnancy'].includes(candidate.id))) expect(bodyText(other), other.id).not.toMatch(/ibuprofen|naproxen|aspirin/i)
  })

  it('carries every red flag from the content guide in the one section every handout gets', () => {
    const redFlags = section('red-flags')
    expect(redFlags.appliesTo).toEqual({ groups: [], causes: [], notGroups: [], notCauses: [] })
    const text = bodyText(redFlags)
    expect(text).toMatch(/Call 911[\s\S]*chest pain or trouble breathing/)
    // A painful leg alone is every cramp: the clot sign is pain without one.
    expect(text).toMatch(/swollen, red or warm, or hurts when it is not cramping\. It may be a blood clot/)
    expect(text).toMatch(/Day or night, call your midwife or doctor right away, or go to the hospital, if[\s\S]*more likely in pregnancy[\s\S]*bad headache, trouble seeing/)
    expect(text).toMatch(/Call your doctor or clinic today, or go to urgent care, if/)
    expect(text).toMatch(/legs feel weak or numb, and this is new or worse/)
    expect(text).toMatch(/dark urine after starting a new medicine, such as a statin/)
    expect(text).toMatch(/hurts when you walk and eases when you rest/)
    expect(text).toMatch(/keep coming back/)
    expect(text).toMatch(/do not ease with stretching/)
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
