import { readFileSync } from 'node:fs'
import path from 'node:path'

const START_SCRIPT = (JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!

/**
 * The environment `npm start` serves with: the `NAME=value` settings just before its closing
 * `next start` (package.json, the one place they are written; docs/performance.md).
 */
export const SERVER_PROCESS_ENV: Record<string, string> = Object.fromEntries(
  (/&& ((?:\w+=\S+ )*)next start$/.exec(START_SCRIPT)?.[1] ?? '')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((setting) => [setting.slice(0, setting.indexOf('=')), setting.slice(setting.indexOf('=') + 1)]),
)

/** The command, arguments and environment that serve the built app on a local port, as `npm start` does: stock `next start`. */
export const serveCommand = (port: number) => ({
  command: process.execPath,
  args: [path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--hostname', '127.0.0.1'],
  env: { ...SERVER_PROCESS_ENV, PORT: String(port) },
})
