// TEST ONLY, reverted next: the app reaching past the PDF package's entry and into react-pdf.
import { Font } from '@react-pdf/renderer'
import { registerFonts } from '../../packages/handout-pdf/src/fonts'

export const crossing = [Font, registerFonts]
