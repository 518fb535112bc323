import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { freePort } from './free-port'

const SUPERUSER = 'handout'

/** Debian's PostgreSQL server programs, newest version first. scripts/ensure-test-tools.sh installs them. */
function postgresBinDir(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(path.join(root, name, 'bin', 'initdb'))) : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  if (!newest) throw new Error('PostgreSQL server programs not found under /usr/lib/postgresql: apt-get install -y postgresql')
  return path.join(root, newest, 'bin')
}

/** initdb refuses to run as root, so as root the cluster belongs to Debian's `postgres` user. */
function runAsClusterOwner(program: string, args: string[]): void {
  const command = userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', program, ...args]] as const : [program, args] as const
  const result = spawnSync(command[0], command[1], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${path.basename(program)} failed (${result.status}): ${result.stderr || result.stdout}`)
}

export type TPostgresCluster = { urlFor: (database: string) => string; stop: () => void }

/**
 * A throwaway PostgreSQL cluster on 127.0.0.1 in a temp folder, for tests only: trust
 * authentication and no fsync, so it starts in about a second and costs nothing to drop.
 */
export async function startPostgresCluster(): Promise<TPostgresCluster> {
  const bin = postgresBinDir()
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-cluster-'))
  if (userInfo().uid === 0) {
    const owner = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()
    chownSync(dir, Number(owner), Number(owner))
  }
  const data = path.join(dir, 'data')
  const port = await freePort()
  runAsClusterOwner(path.join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'])
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`
  runAsClusterOwner(path.join(bin, 'pg_ctl'), ['start', '-D', data, '-w', '-t', '60', '-l', path.join(dir, 'server.log'), '-o', options])
  return {
    urlFor: (database) => `postgresql://${SUPERUSER}@127.0.0.1:${port}/${database}`,
    stop: () => {
      try {
        runAsClusterOwner(path.join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
