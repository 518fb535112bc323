// Run by bench/run.ts in a process of its own, as the CLI renders: PDFs one after another in one
// loop. Prints the heap's growth over the second half of the loop; about 0 when a render keeps
// nothing (each render's React tree is about 0.4 MB).
import { getHeapStatistics } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { CORPUS } from '../tests/support/corpus'
import { createRenderer } from '@handout-builder/handout-pdf'
import { handoutModelOf } from '../lib/handout/handout-model'
import { printedHandoutOf } from '../lib/handout/printed-handout'

const collectGarbage = runInNewContext('gc') as () => void
const heapMb = () => (collectGarbage(), getHeapStatistics().used_heap_size / 1024 / 1024)
const runs = Number(process.argv[2])
const handouts = CORPUS.map((entry) => printedHandoutOf(handoutModelOf(entry.request)))
const renderer = await createRenderer()
let settledMb = 0
for (let run = 0; run < runs; run++) {
  if (run === runs / 2) settledMb = heapMb()
  await renderer.render(handouts[run % handouts.length]!)
}
console.log(JSON.stringify({ growthMb: heapMb() - settledMb }))
