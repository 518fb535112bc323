import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')

export type TAxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core in the page (injected from the npm package, nothing fetched); returns serious and critical violations, and duplicate ids. */
export async function seriousViolations(page: Page): Promise<TAxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE })
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: TAxeViolation[] }> } }).axe.run()
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }))
  })
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical' || violation.id.startsWith('duplicate-id'))
}
