import { Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { stringsFor } from '../../handout/strings'

/** The clinician's own words, boxed near the top where the patient sees them first. */
export function NoteBox({ handout, s }: { handout: THandout; s: THandoutStyles }) {
  const { note, clinicianName, followUpDate } = handout.personal
  if (!note && !followUpDate) return null
  const strings = stringsFor(handout.language)
  return (
    <View style={s.noteBox} wrap={false}>
      <Text style={s.noteLabel}>{strings.noteFrom(clinicianName)}</Text>
      {note && <Text style={s.noteText}>{note}</Text>}
      {followUpDate && <Text style={s.followUp}>{strings.nextVisit(strings.formatDate(followUpDate))}</Text>}
    </View>
  )
}
