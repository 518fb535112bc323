import { Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { formatLongDate } from '../format-date'

/** The clinician's own words, boxed near the top where the patient sees them first. */
export function NoteBox({ handout, s }: { handout: THandout; s: THandoutStyles }) {
  const { note, clinicianName, followUpDate } = handout.personal
  if (!note && !followUpDate) return null
  return (
    <View style={s.noteBox} wrap={false}>
      <Text style={s.noteLabel}>{clinicianName ? `A note from ${clinicianName}` : 'A note from your care team'}</Text>
      {note && <Text style={s.noteText}>{note}</Text>}
      {followUpDate && <Text style={s.followUp}>Your next visit: {formatLongDate(followUpDate)}</Text>}
    </View>
  )
}
