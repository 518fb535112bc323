import type { TTopic } from './read-topic'

/** Limits from the content guide: no section above grade 8, the library at 6.5 or below on average. */
export const MAX_SECTION_GRADE = 8
export const MAX_AVERAGE_GRADE = 6.5

export type TReadabilityReport = {
  averageGrade: number
  tooHard: { id: string; file: string; grade: number }[]
  isAverageTooHigh: boolean
}

export function checkReadability(topic: TTopic): TReadabilityReport {
  const grades = topic.sections.map((section) => section.readability.grade)
  const averageGrade = grades.length ? Math.round((grades.reduce((a, b) => a + b, 0) / grades.length) * 10) / 10 : 0
  return {
    averageGrade,
    tooHard: topic.sections
      .filter((section) => section.readability.grade > MAX_SECTION_GRADE)
      .map(({ id, file, readability }) => ({ id, file, grade: readability.grade })),
    isAverageTooHigh: averageGrade > MAX_AVERAGE_GRADE,
  }
}

/** Spanish limits on the Fernández-Huerta scale (higher is easier): no section below "normal", the library "fairly easy" on average. */
export const MIN_SPANISH_SECTION_SCORE = 60
export const MIN_SPANISH_AVERAGE_SCORE = 70

export function checkSpanishReadability(topic: TTopic) {
  const sections = [...(topic.translations.es?.sections.values() ?? [])]
  const scores = sections.map((section) => section.readability.score)
  const averageScore = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : 100
  return {
    sections,
    averageScore,
    tooHard: sections.filter((section) => section.readability.score < MIN_SPANISH_SECTION_SCORE).map(({ id, file, readability }) => ({ id, file, score: readability.score })),
    isAverageTooLow: sections.length > 0 && averageScore < MIN_SPANISH_AVERAGE_SCORE,
  }
}
