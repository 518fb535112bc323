import { matchPercent } from '@react-pdf/fns'
import { describe, expect, it } from 'vitest'

// react-pdf's own parsing, as it was before patches/@react-pdf+fns: the regex on every value.
const PERCENT = /(-?\d+\.?\d*)%/
const unpatched = (value: unknown) => {
  const match = PERCENT.exec(`${value as string}`)
  return match ? { percent: parseFloat(match[1]!) / 100, value: parseFloat(match[1]!) } : null
}

describe("react-pdf's percent parsing (patches/@react-pdf+fns)", () => {
  it('answers as before for every kind of style value, running the regex only on text with a % sign', () => {
    const values = [0, 12, -3.5, '50%', '-25%', '12.5%', 'width: 80%', 'auto', '10', '', null, undefined, ['50%'], { toString: () => '30%' }, true]
    for (const value of values) expect(matchPercent(value as string), String(value)).toEqual(unpatched(value))
  })
})
