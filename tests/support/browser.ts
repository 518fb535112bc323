import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium; no test tool may download a browser of its own. @see ../shared/offline-setup.md */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
