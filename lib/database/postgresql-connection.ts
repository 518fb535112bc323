/** The same server and credentials, another database. */
export const postgresqlUrlWithDatabase = (databaseUrl: string, database: string) => Object.assign(new URL(databaseUrl), { pathname: `/${database}` }).toString()

/** pg's connection settings from a postgresql:// URL, checked so a typo names its part. */
export function postgresqlConnection(databaseUrl: string): { host: string; port: number; user: string; password?: string; database: string } {
  const url = new URL(databaseUrl)
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
  if (!url.hostname) throw new Error('DATABASE_URL: a postgresql:// URL needs a host')
  if (!database) throw new Error('DATABASE_URL: a postgresql:// URL needs a database name after the host')
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || 'postgres',
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    database,
  }
}
