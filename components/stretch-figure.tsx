import type { TIllustration } from '@/lib/content/schema'
import { FIGURE_VIEWBOX, pointsAttribute, STRETCH_FIGURES } from '@/lib/drawings/stretch-figures'

/** The web twin of the PDF's stretch drawing, from the same shapes. */
export function StretchFigure({ kind, caption }: { kind: TIllustration; caption: string }) {
  return (
    <figure className="stretch-figure">
      <svg viewBox={`0 0 ${FIGURE_VIEWBOX.width} ${FIGURE_VIEWBOX.height}`} role="img" aria-label={caption}>
        {STRETCH_FIGURES[kind].map((shape, index) =>
          shape.kind === 'circle' ? (
            <circle key={index} cx={shape.cx} cy={shape.cy} r={shape.r} strokeWidth={2} />
          ) : (
            <polyline key={index} points={pointsAttribute(shape.points)} strokeWidth={shape.weight === 'bold' ? 2 : 1.2} />
          ),
        )}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  )
}
