// npm run content:check [-- --topic <id>]: validates every topic, prints each section's grade, and
// assembles every combination of choices to prove each handout gets only advice that fits it;
// exits 1 on any validation error, readability limit broken or combination problem.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { checkReadability, checkSpanishReadability, MAX_AVERAGE_GRADE, MAX_SECTION_GRADE, MIN_SPANISH_AVERAGE_SCORE, MIN_SPANISH_SECTION_SCORE } from '../lib/content/check-readability'
import { spanishEaseLabel } from '../lib/content/readability-es'
import { listTopicIds } from '../lib/content/load-topic'
import { readTopic, type TTopic } from '../lib/content/read-topic'
import { AppError } from '../lib/errors'
import { checkCombinations } from '../lib/handout/check-combinations'
import { CAUSES_IN_PAGE_BUDGET } from '../lib/handout/page-budget'

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const isNumber = (cell: string) => /^\d+(\.\d+)?$/.test(cell)
  const line = (cells: string[]) => cells.map((cell, i) => (isNumber(rows[0]?.[i] ?? '') ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

function main(): number {
  const { values } = parseArgs({ options: { topic: { type: 'string' } }, strict: true })
  const known = listTopicIds()
  if (values.topic !== undefined && !known.includes(values.topic)) {
    console.error(`--topic: unknown topic "${values.topic}"; expected one of: ${known.join(', ')}`)
    return 2
  }
  let failed = false
  for (const id of values.topic ? [values.topic] : known) {
    let topic: TTopic
    try {
      topic = readTopic(path.join(process.cwd(), 'templates', id))
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      console.error(error.message)
      failed = true
      continue
    }
    const report = checkReadability(topic)
    console.log(`\n${topic.title} (${id}): ${topic.sections.length} sections\n`)
    console.log(table(['section', 'kind', 'grade', 'words', 'sources'], topic.sections.map((s) => [s.id, s.kind, s.readability.grade.toFixed(1), String(s.readability.words), s.sources.join(', ')])))
    console.log(`\naverage grade ${report.averageGrade.toFixed(1)} (limit ${MAX_AVERAGE_GRADE}); words ${topic.sections.reduce((n, s) => n + s.readability.words, 0)}`)
    for (const section of report.tooHard) {
      console.error(`${section.file}: grade ${section.grade} is above ${MAX_SECTION_GRADE}`)
    }
    if (report.isAverageTooHigh) console.error(`${id}: average grade ${report.averageGrade} is above ${MAX_AVERAGE_GRADE}`)
    failed ||= report.tooHard.length > 0 || report.isAverageTooHigh

    const spanish = checkSpanishReadability(topic)
    if (spanish.sections.length > 0) {
      console.log(`\nSpanish (es): Fernández-Huerta reading ease, higher is easier\n`)
      console.log(
        table(
          ['section', 'ease', 'band', 'words'],
          spanish.sections.map((s) => [s.id, s.readability.score.toFixed(1), spanishEaseLabel(s.readability.score), String(s.readability.words)]),
        ),
      )
      console.log(`\naverage ease ${spanish.averageScore} (${spanishEaseLabel(spanish.averageScore)}; limit ${MIN_SPANISH_AVERAGE_SCORE})`)
      for (const section of spanish.tooHard) console.error(`${section.file}: ease ${section.score} is below ${MIN_SPANISH_SECTION_SCORE}`)
      if (spanish.isAverageTooLow) console.error(`${id} (es): average ease ${spanish.averageScore} is below ${MIN_SPANISH_AVERAGE_SCORE}`)
      failed ||= spanish.tooHard.length > 0 || spanish.isAverageTooLow
    }

    const combinations = checkCombinations(topic)
    console.log(`\n${combinations.combinations} combinations assembled (every group, up to ${CAUSES_IN_PAGE_BUDGET} causes, teach-back, extras, languages, lengths)`)
    for (const { problem, count, firstRequest } of combinations.problems) console.error(`${id}: ${problem} (${count} combinations, e.g. ${firstRequest})`)
    if (combinations.problems.length === 0) console.log('no advice for another patient, no conflicts, no repeats, every safety line present, 3 to 5 key points')
    failed ||= combinations.problems.length > 0
  }
  console.log(failed ? '\ncontent check FAILED' : '\ncontent check passed')
  return failed ? 1 : 0
}

try {
  process.exitCode = main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
}
