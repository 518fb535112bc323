import { Text, View } from '@react-pdf/renderer'
import type { TPrintedHandout } from '../handout-model'
import type { THandoutStyles } from '../styles'
import { fontStackFor } from '../fonts'
import { baseDirectionOf } from '../script-fonts'

/** The clinician's own words, boxed near the top where the patient sees them first. */
export function NoteBox({ handout, s }: { handout: TPrintedHandout; s: THandoutStyles }) {
  const { note } = handout.personal
  const { noteLabel: label, nextVisit } = handout.words
  if (!note && !nextVisit) return null
  return (
    <View style={s.noteBox} wrap={false}>
      <Text style={[s.noteLabel, { fontFamily: fontStackFor(label) }]}>{label}</Text>
      {/* A note in Arabic or Hebrew reads, and is aligned, right to left. */}
      {note && <Text style={[s.noteText, { fontFamily: fontStackFor(note), direction: baseDirectionOf(note) }]}>{note}</Text>}
      {nextVisit && <Text style={s.followUp}>{nextVisit}</Text>}
    </View>
  )
}
