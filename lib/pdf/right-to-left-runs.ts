import type * as fontkit from 'fontkit'

type TRun = { glyphs: unknown[]; positions: unknown[] }
type TLayout = (this: object, text: string, ...rest: unknown[]) => TRun

const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}]/u

/**
 * react-pdf asks fontkit for every run left to right (the fifth argument, 'ltr') and reverses a
 * right-to-left run's glyphs itself. fontkit places a mark (an Arabic vowel sign, a Hebrew point)
 * from where the pen is, which that reversal moves from after its letter to before it: marks
 * landed beside their letters. So a Hebrew or Arabic run is laid out right to left, as fontkit
 * positions it right, and handed back in reading order; react-pdf's reversal then restores
 * fontkit's own order and positions. Other runs are laid out as asked.
 */
export function layOutRightToLeftRuns(font: fontkit.Font): void {
  const prototype = Object.getPrototypeOf(font) as { layout: TLayout & { isRightToLeft?: true } }
  if (prototype.layout.isRightToLeft) return
  const shape = prototype.layout
  const layout: TLayout = function (this: object, text, ...rest) {
    const [features, script, language, direction] = rest
    if (direction !== 'ltr' || typeof text !== 'string' || !RIGHT_TO_LEFT.test(text)) return shape.call(this, text, ...rest)
    const run = shape.call(this, text, features, script, language, 'rtl')
    run.glyphs.reverse()
    run.positions.reverse()
    return run
  }
  prototype.layout = Object.assign(layout, { isRightToLeft: true as const })
}
