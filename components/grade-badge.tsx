/** Plain-language target is grade 6; above it the badge warns. */
export function GradeBadge({ grade }: { grade: number }) {
  const isEasy = grade <= 6
  return (
    <span className={`badge ${isEasy ? 'badge-ok' : 'badge-warn'}`} title="Flesch-Kincaid grade level">
      Grade {grade.toFixed(1)}
    </span>
  )
}
