import { execFileSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { localBin } from '../support/local-bin'

// Each render's React tree is about 0.4 MB: 30 kept would be 12 MB.
it('keeps nothing of a handout once its PDF is made, however many are made in a row', () => {
  const output = execFileSync(localBin('tsx'), ['--expose-gc', 'tests/support/renders-in-a-row.ts', '60'], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } })
  const { growthMb } = JSON.parse(output.trim().split('\n').at(-1)!) as { growthMb: number }
  expect(growthMb).toBeLessThan(4)
}, 60_000)
