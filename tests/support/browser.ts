import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Browser } from 'playwright-core'

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Debian's Chromium; no test tool may download a browser of its own. @see ../shared/offline-setup.md */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', ...ARGS] })
}

/** A virtual screen (Xvfb picks a free display and says which), for a browser with windows. */
async function startVirtualScreen(): Promise<{ display: string; screen: ChildProcess }> {
  const screen = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1366x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] })
  const display = await new Promise<string>((resolve, reject) => {
    let said = ''
    screen.stdio[3]!.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      if (said.includes('\n')) resolve(`:${said.trim()}`)
    })
    screen.on('error', reject)
    screen.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)))
  })
  return { display, screen }
}

/**
 * Debian's Chromium with windows, on a virtual screen: a headless one has no print preview
 * (window.print() there is not what a clinician gets). Closing the browser stops the screen.
 */
export async function launchHeadedBrowser(): Promise<Browser> {
  const { display, screen } = await startVirtualScreen()
  try {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: false, env: { ...process.env, DISPLAY: display }, args: ARGS })
    browser.on('disconnected', () => screen.kill())
    return browser
  } catch (error) {
    screen.kill()
    throw error
  }
}
