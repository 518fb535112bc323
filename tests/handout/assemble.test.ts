import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadTopic, topicLibrary } from '@/lib/content/load-topic'
import { assembleHandout, type THandout } from '@/lib/handout/assemble'
import { parseHandoutRequest, type THandoutRequestInput } from '@/lib/handout/request'

const topic = loadTopic('leg-cramps')
const DATE = '2026-11-26'
const groups = topic.groups.map((group) => group.id)
const causes = topic.causes.map((cause) => cause.id)
const extras = topic.sections.filter((section) => section.optional).map((section) => section.id)
const PART_ORDER = ['understand', 'relief', 'prevention', 'group', 'causes', 'more', 'help']

function assemble(input: THandoutRequestInput): THandout {
  const { request } = parseHandoutRequest(input, topicLibrary())
  return assembleHandout(request, topic, { date: DATE })
}
const sectionIds = (handout: THandout) => handout.parts.flatMap((part) => part.sections.map((section) => section.id))
const sectionById = (id: string) => topic.sections.find((section) => section.id === id)!

// A cause that can never fit the group (pregnancy for a senior) is refused; see request.test.ts.
const fitsGroup = ({ group, causes: chosen }: { group: string; causes: string[] }) => topic.causes.every((cause) => !chosen.includes(cause.id) || !cause.notGroups.includes(group))
const requests = fc.record({
  group: fc.constantFrom(...groups),
  causes: fc.subarray(causes),
  options: fc.record({ largePrint: fc.boolean(), includeSources: fc.boolean(), extras: fc.subarray(extras), length: fc.constantFrom('short' as const, 'full' as const) }),
  personal: fc.record({ note: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }) }),
}).filter(fitsGroup)

describe('assembling a handout (properties over every group and any causes)', () => {
  it('always ends with the red-flags section, whatever was chosen', () => {
    fc.assert(
      fc.property(requests, (input) => {
        const handout = assemble(input)
        expect(handout.parts.at(-1)?.id).toBe('help')
        expect(sectionIds(handout).at(-1)).toBe('red-flags')
      }),
    )
  })

  it('has a section for every chosen cause and none for a cause not chosen', () => {
    fc.assert(
      fc.property(requests, (input) => {
        const ids = sectionIds(assemble(input))
        for (const cause of input.causes) {
          // A group's own section stands in for a cause section that declares it never reaches that group.
          const isCoveredByGroup = topic.sections.some((section) => section.appliesTo.causes.includes(cause) && section.appliesTo.notGroups.includes(input.group))
          expect(isCoveredByGroup || ids.some((id) => sectionById(id).appliesTo.causes.includes(cause)), cause).toBe(true)
        }
        for (const id of ids) {
          const { appliesTo } = sectionById(id)
          if (appliesTo.causes.length > 0 && !appliesTo.groups.includes(input.group)) {
            expect(appliesTo.causes.some((cause) => input.causes.includes(cause)), id).toBe(true)
          }
        }
      }),
    )
  })

  it('never repeats a section and keeps the fixed part order', () => {
    fc.assert(
      fc.property(requests, (input) => {
        const handout = assemble(input)
        const ids = sectionIds(handout)
        expect(new Set(ids).size).toBe(ids.length)
        const order = handout.parts.map((part) => PART_ORDER.indexOf(part.id))
        expect(order).toEqual([...order].sort((a, b) => a - b))
      }),
    )
  })

  it("includes the group's own advice and applies the group's replacements", () => {
    fc.assert(
      fc.property(requests, (input) => {
        const ids = sectionIds(assemble(input))
        expect(ids).toContain(`group-${input.group}`)
        for (const id of ids) for (const replaced of sectionById(id).replaces) expect(ids).not.toContain(replaced)
        for (const id of ids) {
          const groupsOfSection = sectionById(id).appliesTo.groups
          if (groupsOfSection.length > 0 && sectionById(id).appliesTo.causes.length === 0) expect(groupsOfSection).toContain(input.group)
        }
      }),
    )
  })

  it('includes an optional part in a short handout only when asked for; the complete guide has them all', () => {
    fc.assert(
      fc.property(requests, (input) => {
        const ids = sectionIds(assemble(input))
        if (input.options.length === 'full') for (const id of extras) expect(ids).toContain(id)
        else for (const id of ids) if (sectionById(id).optional) expect(input.options.extras).toContain(id)
      }),
    )
  })

  it('is deterministic: the same request gives the same handout', () => {
    fc.assert(
      fc.property(requests, (input) => {
        expect(assemble(input)).toEqual(assemble(input))
      }),
    )
  })

  it('lists exactly the sources of the sections and lines printed, in the reference list order', () => {
    fc.assert(
      fc.property(requests, (input) => {
        const handout = assemble(input)
        if (!input.options.includeSources) {
          expect(handout.sources).toEqual([])
          return
        }
        const printedLineIds = JSON.stringify([handout.keyPoints.body, ...handout.parts.flatMap((part) => part.sections.map((section) => section.body))]).match(/"adviceId":"[^"]+"/g) ?? []
        const lineSources = printedLineIds.flatMap((match) => topic.sections.flatMap((section) => section.lines.get(match.slice(12, -1))?.sources ?? []))
        const used = new Set([...['key-points', ...sectionIds(handout)].flatMap((id) => sectionById(id).sources), ...lineSources])
        expect(handout.sources.map((source) => source.key)).toEqual(topic.references.map((r) => r.key).filter((key) => used.has(key)))
      }),
    )
  })
})

describe('assembling a handout (examples)', () => {
  const printedText = (handout: THandout) => JSON.stringify([handout.keyPoints.body, ...handout.parts.flatMap((part) => part.sections.map((section) => section.body))])

  it('gives pregnant patients the NSAID warning and their own supplement advice, never the general one', () => {
    for (const length of ['short', 'full'] as const) {
      const text = printedText(assemble({ group: 'pregnant', causes: ['dehydration'], options: { length } }))
      expect(text, length).toMatch(/do not take ibuprofen, naproxen or aspirin unless your doctor or midwife says so/)
      expect(text, length).not.toMatch(/Drink less alcohol|Ask your doctor or pharmacist before you take magnesium/)
    }
  })

  it('gives people with diabetes no warmth advice, only the warning about numb skin', () => {
    const text = printedText(assemble({ group: 'diabetic', options: { length: 'full' } }))
    expect(text).toMatch(/Never put heat or ice on numb skin/)
    expect(text).not.toMatch(/A warm towel or bath/)
  })

  it("cites a line's own source only where the line is printed", () => {
    const keys = (input: THandoutRequestInput) => assemble(input).sources.map((source) => source.key)
    expect(keys({ group: 'pregnant' })).toContain('medlineplus-preeclampsia')
    expect(keys({ group: 'pregnant' })).not.toContain('medlineplus-spinal-stenosis')
    expect(keys({ group: 'senior', causes: ['spinal-stenosis'] })).toContain('medlineplus-spinal-stenosis')
    expect(keys({ group: 'senior', causes: ['spinal-stenosis'] })).not.toContain('medlineplus-preeclampsia')
  })

  it('says what it is for, naming the chosen causes', () => {
    expect(assemble({ group: 'senior', causes: ['dehydration', 'medications'] }).purpose).toMatch(/It also covers what may be causing yours: not enough fluid and medicines\.$/)
  })

  it('draws each stretch once, beside the first section that teaches it', () => {
    const handout = assemble({ group: 'senior', options: { length: 'full' } })
    const drawings = handout.parts.flatMap((part) => part.sections.flatMap((section) => section.illustrations))
    expect(drawings).toEqual([
      { kind: 'calf-stretch', caption: 'Calf' },
      { kind: 'hamstring-stretch', caption: 'Hamstring' },
      { kind: 'quadriceps-stretch', caption: 'Front of thigh' },
    ])
  })

  it('captions the drawings in the language printed beside them', () => {
    for (const language of ['es', 'bilingual'] as const) {
      const handout = assemble({ group: 'senior', options: { language, length: 'full' } })
      const captions = handout.parts.flatMap((part) => part.sections.flatMap((section) => section.illustrations.map((drawing) => drawing.caption)))
      expect(captions, language).toEqual(['Pantorrilla', 'Atrás del muslo', 'Delante del muslo'])
    }
  })

  it("grades the text the patient reads, the clinician's note included", () => {
    const plain = assemble({ group: 'senior' })
    const withJargon = assemble({
      group: 'senior',
      personal: { note: 'Hypomagnesemia-associated gastrocnemius hyperexcitability necessitates comprehensive electrolyte repletion, particularly intravenous magnesium supplementation, notwithstanding contraindications.' },
    })
    expect(withJargon.readability.words).toBeGreaterThan(plain.readability.words)
    expect(withJargon.readability.grade).toBeGreaterThan(plain.readability.grade)
  })

  it('changes its content version only when the sections used change', () => {
    const a = assemble({ group: 'senior', causes: ['dehydration'] })
    expect(assemble({ group: 'senior', causes: ['dehydration'], personal: { note: 'Hello' } }).contentVersion).toBe(a.contentVersion)
    expect(assemble({ group: 'senior', causes: ['medications'] }).contentVersion).not.toBe(a.contentVersion)
    expect(a.contentVersion).toMatch(/^[0-9a-f]{16}$/)
  })
})
