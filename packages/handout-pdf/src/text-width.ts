import { readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import { bodyFont } from './fonts'
import { BODY_FACE, faceFile, runsByFace, type TFace } from './script-fonts'

/** A face's regular file parsed as it ships, for measuring one line: only its metrics and shaping tables are read. */
const measuringFonts = new Map<TFace, fontkit.Font>()
function measuringFontOf(face: TFace): fontkit.Font {
  let font = measuringFonts.get(face)
  if (!font) measuringFonts.set(face, (font = face === BODY_FACE ? bodyFont() : (fontkit.create(readFileSync(faceFile(face, 400))) as fontkit.Font)))
  return font
}

/** The width of one line of regular text, measured in the faces react-pdf prints each part in (a clinic's name may be in another script). */
export const textWidth = (text: string, fontSize: number): number =>
  runsByFace(text).reduce((width, run) => {
    const font = measuringFontOf(run.face)
    return width + (font.layout(run.text).advanceWidth / font.unitsPerEm) * fontSize
  }, 0)
