import { Image, Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { stringsFor } from '../../handout/strings'

export function HandoutHeader({ handout, logoSrc, s }: { handout: THandout; logoSrc?: string; s: THandoutStyles }) {
  const { personal } = handout
  const strings = stringsFor(handout.language)
  const byline = [personal.clinicName, strings.formatDate(handout.date)].filter(Boolean).join('  ·  ')
  return (
    <View>
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt; the clinic name is printed beside it */}
      {logoSrc && <Image src={logoSrc} style={s.logo} />}
      <Text style={s.title}>{handout.title}</Text>
      {personal.patientFirstName && <Text style={s.preparedFor}>{strings.preparedFor(personal.patientFirstName)}</Text>}
      <Text style={s.subtitle}>{byline}</Text>
      <Text style={s.purpose}>{handout.purpose}</Text>
    </View>
  )
}
