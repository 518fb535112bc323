import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * This package's folder: its modules sit one level down, in src/ (tests) or dist/ (Node, and Next,
 * which bundles a workspace package however it is configured, but keeps each module's own URL).
 * Paths are built from it at run time, not with `new URL(…, import.meta.url)`, which bundlers
 * turn into assets of their own.
 */
export const PACKAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where Node finds a file of one of this package's dependencies (the fonts). */
export const resolveFromPackage = (specifier: string) => createRequire(path.join(PACKAGE_DIR, 'package.json')).resolve(specifier)
