// Kept apart from readability-es.ts so the browser can use it without the text parsers.
/** The INFLESZ band a Fernández-Huerta score falls in. */
export function spanishEaseLabel(score: number): string {
  if (score >= 80) return 'muy fácil'
  if (score >= 65) return 'bastante fácil'
  if (score >= 55) return 'normal'
  if (score >= 40) return 'algo difícil'
  return 'muy difícil'
}
