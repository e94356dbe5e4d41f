import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises'
import { type AddressInfo, createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { prepareTestDatabase } from './load-test-database.ts'

const run = promisify(execFile)

export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin'
export const POSTGIS_CONTROL = '/usr/share/postgresql/15/extension/postgis.control'
const DATABASE = 'heritage_watch'

export interface ServerPostgis {
  connectionString: string
  stop(): Promise<void>
  /** Stops the server (fast shutdown: sessions are ended) and keeps its data, for an outage test. */
  pause(): Promise<void>
  /** Starts it again after pause(), on the same port and data. */
  resume(): Promise<void>
  /** The postmaster's pid (from postmaster.pid), for a test that freezes it. */
  postmasterPid(): Promise<number>
}

/** Integration suite on a real PostgreSQL 15 + PostGIS: the production engine, not the PGlite stand-in. */
export default async function setup(project: TestProject) {
  const server = await startServerPostgis()
  try {
    await prepareTestDatabase(server.connectionString)
  } catch (error) {
    await server.stop()
    throw error
  }
  project.provide('databaseUrl', server.connectionString)
  project.provide('databaseKind', 'server')
  return () => server.stop()
}

/**
 * Starts a throwaway cluster in a temp dir on a free loopback port, with a `heritage_watch` database.
 * @throws Error naming the missing Debian files, or with the tail of the server log when it fails to start
 */
export async function startServerPostgis(): Promise<ServerPostgis> {
  const required = [path.join(POSTGRES_BIN, 'initdb'), path.join(POSTGRES_BIN, 'pg_ctl'), POSTGIS_CONTROL]
  const missing = required.filter((file) => !existsSync(file))
  if (missing.length > 0) {
    throw new Error(
      `Server PostGIS suite: missing ${missing.join(', ')}; install Debian's postgresql-15-postgis-3 (.ci/run does).`,
    )
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'heritage-watch-pg-'))
  const dataDir = path.join(dir, 'data')
  const logFile = path.join(dir, 'server.log')
  // initdb refuses to run as root: hand the cluster to the `postgres` system user instead.
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])])
    await chown(dir, Number(uid.stdout), Number(gid.stdout))
  }
  const pgTool = (tool: string, args: string[]) => {
    const binary = path.join(POSTGRES_BIN, tool)
    // cwd: the postgres user may not be allowed into the caller's working directory.
    return asRoot
      ? run('runuser', ['-u', 'postgres', '--', binary, ...args], { cwd: dir })
      : run(binary, args, { cwd: dir })
  }
  const stop = async () => {
    await pgTool('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']).catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  }

  const port = await freePort()
  // -l is needed, not just useful: without it the server keeps execFile's pipes open and pg_ctl never
  // returns.
  // The socket goes to the temp dir so it cannot clash with a system cluster's /var/run/postgresql.
  const options = `-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=off`
  const start = () => pgTool('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-o', options, 'start'])

  try {
    // A test cluster needs neither passwords nor durability (-N is --no-sync); plain `C` would default to
    // SQL_ASCII, hence the explicit UTF8 for the French names in data/.
    await pgTool('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '-N'])
    await start()
    const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` })
    await client.connect()
    try {
      await client.query(`CREATE DATABASE ${DATABASE}`)
    } finally {
      await client.end()
    }
    return {
      connectionString: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
      stop,
      pause: async () => {
        await pgTool('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'])
      },
      resume: async () => {
        await start()
      },
      postmasterPid: async () =>
        Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]),
    }
  } catch (error) {
    const log = await readFile(logFile, 'utf8').catch(() => '(no server log)')
    await stop()
    const tail = log.trimEnd().split('\n').slice(-20).join('\n')
    throw new Error(`Server PostGIS failed to start: ${String(error)}\n--- server log tail ---\n${tail}`, {
      cause: error,
    })
  }
}

/** Asks the kernel for a free port; the tiny window before postgres binds it is acceptable for tests. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
