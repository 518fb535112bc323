import { Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { stringsFor } from '../../handout/strings'

/**
 * Repeated on every page; "Page N of M" is stamped on its right afterwards (stamp-page-numbers.ts).
 * It must be the page's first child: the pagination engine repeats a fixed node only after it.
 * Keep lineHeight off this and its ancestors, or react-pdf drops it.
 */
export function PageFooter({ handout, s }: { handout: THandout; s: THandoutStyles }) {
  const { clinicName, clinicPhone } = handout.personal
  const strings = stringsFor(handout.language)
  const contact = clinicPhone ? strings.questionsCall(clinicName ?? strings.yourClinic, clinicPhone) : (clinicName ?? handout.title)
  return (
    <View style={s.footer} fixed>
      <Text style={s.footerText}>{contact}</Text>
    </View>
  )
}
