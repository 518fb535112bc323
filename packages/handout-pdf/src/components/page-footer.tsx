import { Text, View } from '@react-pdf/renderer'
import type { TPrintedHandout } from '../handout-model'
import type { THandoutStyles } from '../styles'
import { fontStackFor } from '../fonts'
import { footerLine } from '../footer-line'

/**
 * Repeated on every page; "Page N of M" is drawn on its right as the PDF is closed (page-numbers.ts).
 * It must be the page's first child: the pagination engine repeats a fixed node only after it.
 * Keep lineHeight off this and its ancestors, or react-pdf drops it.
 */
export function PageFooter({ handout, s }: { handout: TPrintedHandout; s: THandoutStyles }) {
  const { text, fontSize } = footerLine(handout, Number(s.footerText.fontSize))
  return (
    <View style={s.footer} fixed>
      <Text style={[s.footerText, { fontSize, fontFamily: fontStackFor(text) }]}>{text}</Text>
    </View>
  )
}
