import { Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { stringsFor } from '../../handout/strings'
import { fontStackFor } from '../fonts'
import { baseDirectionOf } from '../script-fonts'

/** The clinician's own words, boxed near the top where the patient sees them first. */
export function NoteBox({ handout, s }: { handout: THandout; s: THandoutStyles }) {
  const { note, clinicianName, followUpDate } = handout.personal
  if (!note && !followUpDate) return null
  const strings = stringsFor(handout.language)
  const label = strings.noteFrom(clinicianName)
  return (
    <View style={s.noteBox} wrap={false}>
      <Text style={[s.noteLabel, { fontFamily: fontStackFor(label) }]}>{label}</Text>
      {/* A note in Arabic or Hebrew reads, and is aligned, right to left. */}
      {note && <Text style={[s.noteText, { fontFamily: fontStackFor(note), direction: baseDirectionOf(note) }]}>{note}</Text>}
      {followUpDate && <Text style={s.followUp}>{strings.nextVisit(strings.formatDate(followUpDate))}</Text>}
    </View>
  )
}
