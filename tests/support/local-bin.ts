import path from 'node:path'

/** A command npm installed into node_modules/.bin, by its full path. */
export const localBin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name)

/** Arguments for `tsx` to run one of our scripts as `npm run` does, with tsconfig.scripts.json (see there why). */
export const tsxArgs = (...args: string[]) => ['--tsconfig', path.join(process.cwd(), 'tsconfig.scripts.json'), ...args]
