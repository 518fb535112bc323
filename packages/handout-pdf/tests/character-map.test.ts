import { readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import { expect, it } from 'vitest'
import { charactersOf } from '../src/character-map'
import { BODY_FACE, faceFile, SCRIPT_FACES, SYMBOL_FACE } from '../src/script-fonts'

it('knows what each face prints from its own character map, as fontkit reads it', () => {
  for (const face of [BODY_FACE, ...SCRIPT_FACES, SYMBOL_FACE]) {
    const file = readFileSync(faceFile(face, 400))
    expect([...charactersOf(file)].sort((a, b) => a - b), face.family).toEqual(
      // fontkit also lists U+FFFF, the end marker of a format 4 map, which is no character.
      [...new Set((fontkit.create(file) as fontkit.Font).characterSet)].filter((code) => code !== 0xffff).sort((a, b) => a - b),
    )
  }
})
