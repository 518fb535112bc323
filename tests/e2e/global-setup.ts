import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildApp, prepareDatabase, startAppServer } from '../support/app-server'
import { freePort } from '../support/free-port'
import { OIDC_CLIENT, startOidcProvider } from '../support/oidc-provider'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    databaseUrl: string
    dataDir: string
    serverLogFile: string
  }
}

/** Once for all browser tests: build the app, start a real OIDC provider and the app as `npm start` serves it. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'e2e-'))
  buildApp()
  const databaseUrl = await prepareDatabase(path.join(dataDir, 'app.db'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const oidc = await startOidcProvider(baseUrl)
  const serverLogFile = path.join(dataDir, 'server.log')
  const app = await startAppServer({
    port,
    logFile: serverLogFile,
    env: {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: 'test-only-secret-0123456789abcdefghijklmnop',
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
      OIDC_NAME: 'Test SSO',
    },
  })
  project.provide('baseUrl', baseUrl)
  project.provide('databaseUrl', databaseUrl)
  project.provide('dataDir', dataDir)
  project.provide('serverLogFile', serverLogFile)
  return async () => {
    await app.stop()
    await oidc.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
