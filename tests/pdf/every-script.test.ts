import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeHandoutHere } from '../support/make-handout-here'
import type { THandoutRequestInput } from '@/lib/handout/request'
import { localBin, tsxArgs } from '../support/local-bin'
import { makePng } from '../support/make-png'
import { readPdf } from '../support/read-pdf'
import { createTempDirs } from '../support/temp-dir'

const tempDir = createTempDirs('every-script')
/** The page's side margin in standard print, in points. */
const PAGE_MARGIN_X = 44

type TPersonal = { patientFirstName: string; clinicianName: string; clinicName: string; note: string }

/** What a clinic in each script might type: a first name, the clinician, the clinic and a note. */
const SCRIPTS: Record<string, TPersonal> = {
  Vietnamese: { patientFirstName: 'Thảo', clinicianName: 'BS. Nguyễn Văn Đức', clinicName: 'Phòng khám Đa khoa Hà Nội', note: 'Hãy uống đủ nước và duỗi cơ bắp chân trước khi đi ngủ.' },
  Polish: { patientFirstName: 'Łucja', clinicianName: 'Dr Żaneta Wójcik', clinicName: 'Przychodnia Źródło', note: 'Proszę pić dużo wody i rozciągać łydki przed snem.' },
  'Turkish and Czech': { patientFirstName: 'Şükrü', clinicianName: 'MUDr. Jiří Dvořák', clinicName: 'Klinika Ğüşıöç İzmir', note: 'İyi geceler. Příliš žluťoučký kůň úpěl ďábelské ódy.' },
  Greek: { patientFirstName: 'Ελένη', clinicianName: 'Δρ. Γιώργος Παπαδόπουλος', clinicName: 'Ιατρείο Αθηνών', note: 'Πίνετε άφθονο νερό και κάνετε διατάσεις πριν τον ύπνο.' },
  Cyrillic: { patientFirstName: 'Наталья', clinicianName: 'д-р Олег Іваненко', clinicName: 'Клиника «Здоровье»', note: 'Пейте больше воды и растягивайте икры перед сном.' },
  Hebrew: { patientFirstName: 'שרה', clinicianName: 'ד"ר משה כהן', clinicName: 'מרפאת השרון', note: 'שתו הרבה מים ומתחו את השוקיים לפני השינה.' },
  Arabic: { patientFirstName: 'فاطمة', clinicianName: 'د. أحمد الخطيب', clinicName: 'عيادة النور', note: 'اشرب الكثير من الماء ومدد عضلات الساق قبل النوم.' },
  Devanagari: { patientFirstName: 'प्रिया', clinicianName: 'डॉ. राजेश शर्मा', clinicName: 'स्वास्थ्य क्लिनिक', note: 'सोने से पहले खूब पानी पिएं और पिंडली की मांसपेशियों को खींचें।' },
  Thai: { patientFirstName: 'สมศรี', clinicianName: 'นพ. สมชาย ใจดี', clinicName: 'คลินิกสุขภาพดี', note: 'ดื่มน้ำมากๆ และยืดกล้ามเนื้อน่องก่อนนอน' },
  Chinese: { patientFirstName: '思远', clinicianName: '王丽华医生', clinicName: '北京社区诊所', note: '睡前多喝水，并拉伸小腿肌肉。如果抽筋加重，请给我们打电话。' },
  Japanese: { patientFirstName: 'さくら', clinicianName: '山田太郎 医師', clinicName: '東京クリニック', note: '寝る前に水をたくさん飲み、ふくらはぎをストレッチしてください。' },
  Korean: { patientFirstName: '지민', clinicianName: '김민수 의사', clinicName: '서울 가정의원', note: '잠자기 전에 물을 많이 마시고 종아리를 스트레칭하세요.' },
}

/** The PDF's text as poppler's pdftotext reads it, without the bidi marks it wraps right-to-left lines in. */
function pdfToText(pdf: Buffer): string {
  const file = path.join(tempDir(), 'handout.pdf')
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e]/g, '')
}

/** The faces a PDF embeds, by name, as poppler's pdffonts lists them. */
function embeddedFonts(pdf: Buffer): string[] {
  const file = path.join(tempDir(), 'fonts.pdf')
  writeFileSync(file, pdf)
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
  return lines.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
}

const lettersOf = (word: string) => [...word].filter((character) => /\p{L}/u.test(character))
/**
 * A PDF's text layer lists glyphs in the order they are drawn, and for some scripts that is not
 * the order they are read in: Hebrew and Arabic lines come back with their punctuation moved and
 * Arabic ligatures (لا) with their letters swapped; Devanagari's ि and reph are drawn around the
 * consonant; Thai's ำ is drawn as two glyphs. There the test compares, word by word, the letters
 * that survive that; the pictures (pdftoppm) were checked by eye.
 */
const SKELETON: Record<string, (word: string) => string> = {
  Hebrew: (word) => lettersOf(word).join(''),
  Arabic: (word) => lettersOf(word).sort().join(''),
  Devanagari: (word) => lettersOf(word).sort().join(''),
  Thai: (word) => [...word].filter((character) => /[\u0e01-\u0e2e]/.test(character)).join(''),
}
const wordsOf = (text: string) => text.split(/[\s\p{P}]+/u).filter(Boolean)

async function render(personal: Partial<TPersonal> & { clinicPhone?: string }, extra: Partial<THandoutRequestInput> = {}, logo?: Buffer) {
  const created = await makeHandoutHere({ group: 'senior', causes: ['dehydration'], personal, ...extra }, { date: '2026-11-26', logo: logo && { data: logo, mimeType: 'image/png' } })
  return { ...created, text: pdfToText(created.pdf) }
}

describe('names and notes in every script the issue lists, read back from the PDF', () => {
  for (const [script, personal] of Object.entries(SCRIPTS)) {
    it(`prints ${script} as typed`, async () => {
      const { text, pdf } = await render({ ...personal, clinicPhone: '555-0100' })
      const skeleton = SKELETON[script]
      for (const [field, value] of Object.entries(personal)) {
        if (!skeleton) {
          expect(text, field).toContain(value)
          continue
        }
        const printed = new Set(wordsOf(text).map(skeleton))
        for (const word of wordsOf(value)) expect(printed, `${field}: ${word}`).toContain(skeleton(word))
      }
      // No missing glyph and no face but the ones that print the text.
      expect(embeddedFonts(pdf).filter((name) => /Helvetica/.test(name))).toEqual([])
    })
  }
})

describe('faces are loaded only when the text needs them', () => {
  it('an English handout embeds no face but the body face', async () => {
    const { pdf } = await render({ patientFirstName: 'Maria', note: 'Stretch your calves before bed.', clinicName: 'Riverside Clinic', clinicianName: 'Dr. Dana Demo' })
    expect(new Set(embeddedFonts(pdf).map((name) => name.replace(/-Bold$|-Regular$/, '')))).toEqual(new Set(['AtkinsonHyperlegible']))
  })

  it('a Chinese name brings in the Chinese face, and only it', async () => {
    const { pdf } = await render({ patientFirstName: '思远' })
    const others = embeddedFonts(pdf).filter((name) => !/^AtkinsonHyperlegible/.test(name))
    expect(others.length).toBeGreaterThan(0)
    for (const name of others) expect(name).toMatch(/^NotoSansSC/)
  })
})

describe('right-to-left text', () => {
  it('reads an Arabic note from the right, aligned to the right of its box', async () => {
    const { pdf } = await render({ note: 'فاطمة، اشرب الماء.' })
    const items = (await readPdf(pdf)).pages[0]!.items.filter((item) => /\p{Script=Arabic}/u.test(item.str))
    const right = Math.max(...items.map((item) => item.x + item.width))
    // The note box's text ends at its right padding: 612 pt less the page margin, border and padding.
    expect(right).toBeGreaterThan(612 - PAGE_MARGIN_X - 14 - 2)
    expect(pdfToText(pdf)).toMatch(/اشرب|ارشب/)
  })
})

describe('long unbroken text', () => {
  const url = `https://clinic.example.org/after-your-visit/leg-cramps/${'stretches-and-fluids-'.repeat(6)}final?lang=en&print=1`
  const chinese = '睡前多喝水并拉伸小腿肌肉'.repeat(12)

  it('wraps a long URL and a long Chinese note inside the note box, losing no character', async () => {
    const { pdf, text } = await render({ note: `See ${url} and ${chinese}` })
    const page = (await readPdf(pdf)).pages[0]!
    for (const item of page.items) expect(item.x + item.width, item.str).toBeLessThanOrEqual(612 - PAGE_MARGIN_X + 0.5)
    const squeezed = text.replace(/\s+/g, '')
    expect(squeezed).toContain(url)
    expect(squeezed).toContain(chinese)
  })

  it('keeps a 40-character clinic name clear of the logo', async () => {
    const clinicName = 'Northside Community Family Health Clinic'
    expect(clinicName).toHaveLength(40)
    const { pdf } = await render({ clinicName }, {}, makePng(300, 100))
    const page = (await readPdf(pdf)).pages[0]!
    const logoLeft = 612 - PAGE_MARGIN_X - 150
    const top = Math.max(...page.items.map((item) => item.y))
    // Every line printed beside the logo (its 50 pt from the top of the content) ends before it.
    for (const item of page.items.filter((item) => item.y > top - 60)) expect(item.x + item.width, item.str).toBeLessThan(logoLeft)
    expect(pdfToText(pdf).replace(/\s+/g, ' ')).toContain(clinicName)
  })
})

describe('text no font can print', () => {
  it('is refused before rendering, naming the field and the characters', async () => {
    await expect(makeHandoutHere({ group: 'senior', personal: { note: 'See you soon 😀 ❤️' } })).rejects.toMatchObject({
      code: 'invalid_input',
      problems: [{ field: 'personal.note', message: 'cannot print "😀" (U+1F600), "❤️" (U+2764 U+FE0F); remove them' }],
    })
    // Vowel marks over Hebrew and Arabic letters would print off their letters: the same name without them prints.
    await expect(makeHandoutHere({ group: 'senior', personal: { patientFirstName: 'فَاطِمَة' } })).rejects.toMatchObject({
      problems: [{ field: 'personal.patientFirstName', message: 'cannot print "فَ" (U+0641 U+064E), "طِ" (U+0637 U+0650), "مَ" (U+0645 U+064E); remove them' }],
    })
    await expect(makeHandoutHere({ group: 'senior', personal: { patientFirstName: 'Ana👍' } })).rejects.toMatchObject({
      problems: expect.arrayContaining([{ field: 'personal.patientFirstName', message: 'cannot print "👍" (U+1F44D); remove it' }]),
    })
  })

  it('makes the CLI exit non-zero and write no file', () => {
    const out = path.join(tempDir(), 'emoji.pdf')
    const result = spawnSync(localBin('tsx'), tsxArgs('scripts/handout.ts', '--group', 'senior', '--note', 'Drink water 💧', '--out', out), { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--note: cannot print "💧" (U+1F4A7); remove it')
    expect(existsSync(out)).toBe(false)
  })
})
