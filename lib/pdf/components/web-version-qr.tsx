import { Path, Svg, Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import QRCode from 'qrcode'
import type { THandout } from '../../handout/assemble'
import { stringsFor } from '../../handout/strings'
import { INK, type THandoutStyles } from '../styles'

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
 * The address has no spaces for react-pdf to wrap at: the site on one line, then the id,
 * cut into lines short enough for the column at this font size.
 */
function addressLines(url: string, width: number, fontSize: number): string[] {
  const maxChars = Math.max(16, Math.floor(width / (fontSize * 0.56)))
  const cut = url.indexOf('/h/') + '/h/'.length
  const id = url.slice(cut)
  const idLines = Array.from({ length: Math.ceil(id.length / maxChars) }, (_, line) => id.slice(line * maxChars, (line + 1) * maxChars))
  return (url.length <= maxChars ? [url] : [url.slice(0, cut), ...idLines]).filter(Boolean)
}

/**
 * A QR code to the web version of the handout, with its address spelled out for those who cannot
 * scan; `children` (the short handout's sources) go in the column beside it, where they take no
 * height of their own.
 */
export function WebVersionQr({ handout, s, children }: { handout: THandout; s: THandoutStyles; children?: ReactNode }) {
  if (!handout.webUrl) return <>{children}</>
  const { d, size } = qrPath(handout.webUrl)
  return (
    <View style={s.qrRow} wrap={false}>
      <Svg viewBox={`0 0 ${size} ${size}`} width={s.qrCode.width} height={s.qrCode.width}>
        <Path d={d} fill={INK} />
      </Svg>
      <View style={s.qrText}>
        <Text style={s.sourceItem}>{stringsFor(handout.language).webVersion}</Text>
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
