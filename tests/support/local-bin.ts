import path from 'node:path'

/** A command npm installed into node_modules/.bin, by its full path. */
export const localBin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name)
