import { Image, Text, View } from '@react-pdf/renderer'
import type { TPrintedHandout } from '../handout-model'
import type { THandoutStyles } from '../styles'
import { fontStackFor } from '../fonts'

const LOGO_GAP = 12

export function HandoutHeader({ handout, logoSrc, s }: { handout: TPrintedHandout; logoSrc?: string; s: THandoutStyles }) {
  const { byline } = handout.words
  // Beside a logo, the title, name and byline keep clear of it and wrap instead (a long clinic name
  // ran under it), and what follows starts below it.
  const besideLogo = logoSrc ? { marginRight: Number(s.logo.width) + LOGO_GAP, minHeight: Number(s.logo.height) } : {}
  return (
    <View>
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt; the clinic name is printed beside it */}
      {logoSrc && <Image src={logoSrc} style={s.logo} />}
      <View style={besideLogo}>
        <Text style={s.title}>{handout.title}</Text>
        <Text style={[s.subtitle, { fontFamily: fontStackFor(byline) }]}>{byline}</Text>
      </View>
    </View>
  )
}
