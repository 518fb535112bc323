import { Path, Svg, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import QRCode from 'qrcode'
import type { TPrintedHandout } from '../handout-model'
import { INK, type THandoutStyles } from '../styles'
import { textWidth } from '../text-width'

const QUIET_ZONE = 4

/** The QR code's dark modules as one path: crisp at any print size, no image to decode. */
function qrPath(url: string): { d: string; size: number } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  let d = ''
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) d += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`
    }
  }
  return { d, size: modules.size + 2 * QUIET_ZONE }
}

/**
 * Text with no spaces cut into lines where the column ends. An address is ASCII with no kerning
 * worth measuring, so each character is measured once and the widths added up: laying out every
 * growing prefix took milliseconds of each PDF.
 */
function cutToWidth(text: string, width: number, fontSize: number): string[] {
  const lines = [{ text: '', width: 0 }]
  for (const character of text) {
    const advance = textWidth(character, fontSize)
    const line = lines.at(-1)!
    if (line.text === '' || line.width + advance <= width) Object.assign(line, { text: line.text + character, width: line.width + advance })
    else lines.push({ text: character, width: advance })
  }
  return lines.map((line) => line.text)
}

/**
 * The address has no spaces for react-pdf to wrap at: cut after the site (".../h/") and then
 * where the column ends, unless that takes a line more than cutting only where the column ends.
 */
function addressLines(url: string, width: number, fontSize: number): string[] {
  const room = width - 1 // react-pdf wraps a line that only just fits
  const cut = url.indexOf('/h/') + '/h/'.length
  const anywhere = cutToWidth(url, room, fontSize)
  const afterSite = textWidth(url.slice(0, cut), fontSize) <= room ? [url.slice(0, cut), ...cutToWidth(url.slice(cut), room, fontSize)] : anywhere
  return anywhere.length === 1 ? anywhere : afterSite.length <= anywhere.length ? afterSite : anywhere
}

/**
 * A QR code to the web version of the handout, with its address spelled out for those who cannot
 * scan; `children` (the short handout's sources) go in the column beside it, where they take no
 * height of their own.
 */
export function WebVersionQr({ handout, s, children }: { handout: TPrintedHandout; s: THandoutStyles; children?: ReactNode }) {
  if (!handout.webUrl) return <>{children}</>
  const { d, size } = qrPath(handout.webUrl)
  return (
    <View style={s.qrRow} wrap={false}>
      <Svg viewBox={`0 0 ${size} ${size}`} width={s.qrCode.width} height={s.qrCode.width}>
        <Path d={d} fill={INK} />
      </Svg>
      <View style={s.qrText}>
        <Text style={s.sourceItem}>{handout.words.webVersion}</Text>
        {addressLines(handout.webUrl, Number(s.qrText.width), Number(s.qrUrl.fontSize)).map((line) => (
          <Text key={line} style={s.qrUrl}>
            {line}
          </Text>
        ))}
        {children}
      </View>
    </View>
  )
}
