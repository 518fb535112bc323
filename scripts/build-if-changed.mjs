// `npm start`'s build step: builds the PDF package and the app only when a source changed since
// the last build this script made, found by a hash of every file that goes into the build.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const SOURCES = ['app', 'components', 'lib', 'packages/handout-pdf/src', 'packages/handout-pdf/package.json', 'packages/handout-pdf/build.mjs', 'templates', 'types', 'generated', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'tsconfig.json', 'package.json', 'package-lock.json']
const STAMP = path.join('.next', 'handout-builder-sources')
const BUILD_ID = path.join('.next', 'BUILD_ID')

/** Every file under `entry`, sorted, so the hash does not depend on the order the disk lists them. */
function filesUnder(entry) {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

function sourceHash() {
  const hash = createHash('sha256')
  for (const file of SOURCES.flatMap(filesUnder)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

// The build it was made for: another `next build` (the tests run one) leaves a new BUILD_ID, and the stamp no longer applies.
const current = `${sourceHash()} ${existsSync(BUILD_ID) ? readFileSync(BUILD_ID, 'utf8').trim() : ''}`
const stamped = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : ''
if (!existsSync(BUILD_ID) || !existsSync(path.join('packages', 'handout-pdf', 'dist', 'render-worker.mjs')) || current !== stamped) {
  console.log('Building the app (its sources changed since the last build)…')
  const started = Date.now()
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  try {
    execFileSync('npm', ['run', '-s', 'build'], { env, stdio: 'pipe' })
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`)
    console.error('The build failed: see above.')
    process.exit(1)
  }
  writeFileSync(STAMP, `${sourceHash()} ${readFileSync(BUILD_ID, 'utf8').trim()}\n`)
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`)
}
