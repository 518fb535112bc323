import { Image, Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { formatLongDate } from '../format-date'

export function HandoutHeader({ handout, logoSrc, s }: { handout: THandout; logoSrc?: string; s: THandoutStyles }) {
  const { personal } = handout
  const byline = [personal.clinicName, formatLongDate(handout.date)].filter(Boolean).join('  ·  ')
  return (
    <View>
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt; the clinic name is printed beside it */}
      {logoSrc && <Image src={logoSrc} style={s.logo} />}
      <Text style={s.title}>{handout.title}</Text>
      {personal.patientFirstName && <Text style={s.preparedFor}>Prepared for {personal.patientFirstName}</Text>}
      <Text style={s.subtitle}>{byline}</Text>
      <Text style={s.purpose}>{handout.purpose}</Text>
    </View>
  )
}
