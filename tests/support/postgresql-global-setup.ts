import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { migrateDeploy } from '@/lib/database/migrate'
import { startPostgresCluster } from './postgres-cluster'
import './test-database'

const TEMPLATE = 'handout_template'

/** Once for the `postgresql` project: a throwaway cluster and one migrated database that each test copies. */
export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster()
  try {
    const admin = new pg.Client({ connectionString: cluster.urlFor('postgres') })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${TEMPLATE}`)
    await admin.end()
    migrateDeploy(cluster.urlFor(TEMPLATE))
  } catch (error) {
    cluster.stop()
    throw error
  }
  project.provide('postgresql', { serverUrl: cluster.urlFor('postgres'), template: TEMPLATE })
  return () => cluster.stop()
}
