import type { TFigureShape } from '@handout-builder/handout-pdf'
import type { TIllustration } from '../content/schema'

/** Line drawings in a 120 x 100 box, as shapes both the PDF and the web page draw. */

export const FIGURE_VIEWBOX = { width: 120, height: 100 }

const bold = (...points: [number, number][]): TFigureShape => ({ kind: 'line', points, weight: 'bold' })
const thin = (...points: [number, number][]): TFigureShape => ({ kind: 'line', points, weight: 'thin' })

/** A person side-on, the floor, and what they hold on to. */
export const STRETCH_FIGURES: Record<TIllustration, TFigureShape[]> = {
  // Sitting up, one leg straight, a towel round the foot pulling the toes up: safe for anyone
  // who might fall, so it is the calf stretch every handout draws.
  'calf-stretch': [
    thin([4, 92], [116, 92]),
    { kind: 'circle', cx: 40, cy: 38, r: 7 },
    bold([38, 45], [30, 86]),
    bold([30, 86], [96, 86], [98, 74]),
    bold([30, 86], [46, 72], [56, 86]),
    bold([35, 56], [52, 62], [62, 62]),
    thin([62, 61], [99, 72]),
    thin([62, 63], [101, 80]),
  ],
  // Sitting, one leg straight with the toes up, reaching toward the toes.
  'hamstring-stretch': [
    thin([4, 92], [116, 92]),
    { kind: 'circle', cx: 63, cy: 44, r: 7 },
    bold([57, 50], [30, 86]),
    bold([30, 86], [96, 86], [98, 74]),
    bold([52, 57], [72, 70], [90, 79]),
    bold([30, 86], [46, 72], [56, 86]),
  ],
  // Standing, holding a chair, the heel pulled toward the buttock.
  'quadriceps-stretch': [
    thin([4, 95], [116, 95]),
    thin([16, 38], [16, 95]),
    thin([16, 66], [40, 66], [40, 95]),
    { kind: 'circle', cx: 58, cy: 15, r: 7 },
    bold([58, 22], [58, 58]),
    bold([58, 58], [58, 94], [66, 94]),
    bold([58, 58], [60, 80], [74, 64]),
    bold([58, 30], [66, 48], [74, 63]),
    bold([58, 30], [36, 36], [17, 38]),
  ],
}

export const pointsAttribute = (points: [number, number][]) => points.map(([x, y]) => `${x},${y}`).join(' ')
