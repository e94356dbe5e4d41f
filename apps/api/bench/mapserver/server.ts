import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { freePort } from '../../test/setup/server-postgis.ts'
import { lighttpdConfig, mapserverConfig } from './lighttpd.ts'
import { buildMapfile, libpqConnection, type MapLayer } from './mapfile.ts'

const run = promisify(execFile)

const MAPSERV = '/usr/lib/cgi-bin/mapserv'
const LIGHTTPD = '/usr/sbin/lighttpd'
const TEMPLATES = '/usr/share/mapserver/ogcapi/templates/html-plain'
const AB = '/usr/bin/ab'
/** The Debian packages the side-by-side measure needs, each with a file that proves it installed. */
const PACKAGES = [
  ['mapserver-bin', '/usr/bin/mapserv'],
  ['cgi-mapserver', MAPSERV],
  ['lighttpd', LIGHTTPD],
  ['apache2-utils', AB],
] as const
const ALIAS = 'hw'
const WORKERS = 4

export interface MapServerSide {
  /** Base of the OGC API: `${base}/collections/...` */
  base: string
  stop(): Promise<void>
}

/**
 * Installs what is missing with apt-get when running as root; otherwise says what to install.
 * @returns null when everything is there, else why the MapServer side cannot run
 */
export async function ensureMapServerTools(progress: (message: string) => void): Promise<string | null> {
  const missing = () => PACKAGES.filter(([, file]) => !existsSync(file)).map(([name]) => name)
  if (missing().length === 0) return null
  if (process.getuid?.() !== 0)
    return `missing Debian packages ${missing().join(' ')} (as root: apt-get install ${missing().join(' ')})`
  progress(`installing ${missing().join(' ')} with apt-get`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing()], { env })
  return missing().length === 0 ? null : `apt-get did not install ${missing().join(' ')}`
}

async function answers(url: string) {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

/**
 * MapServer 8 (FastCGI, 4 workers) behind lighttpd on loopback, serving `layers` from `databaseUrl`.
 * @throws Error with lighttpd's error log when it does not answer within 20 s
 */
export async function startMapServer(
  databaseUrl: string,
  layers: readonly MapLayer[],
): Promise<MapServerSide> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'hw-bench-mapserver-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}/mapserv/${ALIAS}/ogcapi`
  const mapfile = path.join(directory, 'bench.map')
  const configFile = path.join(directory, 'mapserver.conf')
  const lighttpdFile = path.join(directory, 'lighttpd.conf')
  const connection = libpqConnection(databaseUrl)
  await writeFile(
    mapfile,
    buildMapfile({ connection, onlineResource: base, templatesDirectory: TEMPLATES, layers }),
  )
  await writeFile(configFile, mapserverConfig(ALIAS, mapfile))
  const options = { directory, port, workers: WORKERS, mapserv: MAPSERV, mapserverConfig: configFile }
  await writeFile(lighttpdFile, lighttpdConfig(options))
  // -D: lighttpd stays in the foreground as our child. Its own process group (detached) holds it and the
  // mapserv workers it spawns, which outlive a lighttpd stopped alone: stopping is signalling that group.
  const server = spawn(LIGHTTPD, ['-D', '-f', lighttpdFile], { stdio: 'ignore', detached: true })
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  const stop = async () => {
    if (server.pid && server.exitCode === null) {
      process.kill(-server.pid, 'SIGTERM')
      await exited
      // The workers of the group, if any is still there after lighttpd.
      try {
        process.kill(-server.pid, 'SIGKILL')
      } catch {
        // none left: the group is gone
      }
    }
    await rm(directory, { recursive: true, force: true })
  }
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await answers(`${base}/collections?f=json`)) return { base, stop }
    if (server.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const log = await readFile(path.join(directory, 'lighttpd-error.log'), 'utf8').catch(() => '(no log)')
  await stop()
  throw new Error(`MapServer behind lighttpd did not answer:\n${log.split('\n').slice(-20).join('\n')}`)
}
