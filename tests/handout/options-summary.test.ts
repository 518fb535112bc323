import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS, optionsSummary } from '@/lib/handout/options'

describe('what a template makes, as its card says it (issue 22)', () => {
  it('names the language, the length, large print, teach-back and the paper', () => {
    expect(optionsSummary(DEFAULT_OPTIONS)).toBe('English · short handout · Letter (US)')
    expect(optionsSummary({ language: 'bilingual', length: 'full', largePrint: true, teachBack: true, paper: 'a4' })).toBe('Spanish and English · complete guide · large print · teach-back · A4')
  })
})
