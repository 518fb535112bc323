import { Text, View } from '@react-pdf/renderer'
import type { TPrintedHandout } from '../handout-model'
import type { THandoutStyles } from '../styles'
import { fontStackFor } from '../fonts'
import { footerLine, pageLabel } from '../footer-line'

/**
 * Repeated on every page: the contact line, and "Page N of M" on its right, which react-pdf fills
 * in for each page once it knows how many there are (`render`). `onPageCount` hears the total
 * (undefined on react-pdf's first pass, before it has paginated).
 * It must be the page's first child: the pagination engine repeats a fixed node only after it.
 * Keep lineHeight off this and its ancestors, or react-pdf drops it. @see ../../../../shared/pdf-notes.md
 */
export function PageFooter({ handout, s, onPageCount }: { handout: TPrintedHandout; s: THandoutStyles; onPageCount?: (pages: number | undefined) => void }) {
  const { text, fontSize } = footerLine(handout, Number(s.footerText.fontSize))
  return (
    <View style={s.footer} fixed>
      <Text style={[s.footerText, { fontSize, fontFamily: fontStackFor(text) }]}>{text}</Text>
      <Text
        style={s.footerText}
        render={({ pageNumber, totalPages }) => {
          onPageCount?.(totalPages)
          return pageLabel(handout.words.pageOf, pageNumber, totalPages)
        }}
      />
    </View>
  )
}
