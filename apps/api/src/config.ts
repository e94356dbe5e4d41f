import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { OVERLOAD_SETTINGS } from './config-overload.ts'
import { ACCOUNT_SECURITY_SETTINGS } from './config-accounts.ts'
import { SECURITY_SETTINGS } from './config-security.ts'

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** How long a login lasts, from the login (not from the last request). */
export const DEFAULT_SESSION_TTL_HOURS = 12

/** The national address service (Géoplateforme geocoding, BAN data) that search and dropped pins ask. */
export const DEFAULT_GEOCODER_URL = 'https://data.geopf.fr/geocodage'

/** How long search waits for the address service before answering with our own results alone (issue 11). */
export const DEFAULT_GEOCODER_TIMEOUT_MS = 1500

/** Memory of the response cache unless RESPONSE_CACHE_MAX_MB says otherwise (issue 12). */
export const DEFAULT_RESPONSE_CACHE_MAX_MB = 64

/** Where Debian's `chromium` package puts the browser that prints the fiches-bilan. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

/** Where the basemaps come from unless configured (the public services; see docs/architecture.md §20). */
const DEFAULT_BASEMAP_URLS = {
  planIgn: geoplateformeWmts('GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2', 'image/png'),
  orthoIgn: geoplateformeWmts('ORTHOIMAGERY.ORTHOPHOTOS', 'image/jpeg'),
  osm: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  ign1950: geoplateformeWmts('ORTHOIMAGERY.ORTHOPHOTOS.1950-1965', 'image/png'),
  historicalWms: 'https://www.geo2france.fr/geoserver/wms',
} as const

function geoplateformeWmts(layer: string, format: string): string {
  return (
    'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0' +
    `&LAYER=${layer}&STYLE=normal&TILEMATRIXSET=PM&FORMAT=${format}` +
    '&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}'
  )
}

/** A tile URL template, or `off` (kept as null) to offer no such basemap. */
function basemapUrl(fallback: string) {
  return z.union([z.literal('off').transform(() => null), z.string().url()]).default(fallback)
}

/** One historical orthophoto layer of the WMS, as BASEMAP_HISTORICAL_LAYERS names it. */
export interface HistoricalLayer {
  label: string
  layer: string
}

/** Reads `label=layer,label=layer`; undefined when a pair is malformed. */
function parseHistoricalLayers(text: string): HistoricalLayer[] | undefined {
  const pairs = text
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
  const layers = pairs.map((pair) => {
    const [label = '', layer = '', ...rest] = pair.split('=').map((part) => part.trim())
    return label && layer && rest.length === 0 ? { label, layer } : undefined
  })
  return layers.every((layer) => layer !== undefined) ? layers : undefined
}

const ConfigSchema = z.object({
  /** A PostgreSQL + PostGIS server; when absent the embedded PGlite database is started. */
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Where the embedded database keeps its files between starts. */
  PGLITE_DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(repositoryRoot, '.data', 'pglite')),
  /** Base URL used in links when the API sits behind a proxy; otherwise taken from each request. */
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default(path.join(repositoryRoot, 'data')),
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join(repositoryRoot, 'apps', 'web', 'dist')),
  /** Lifetime of a login session, in hours (at most 30 days). */
  SESSION_TTL_HOURS: z.coerce.number().positive().max(720).default(DEFAULT_SESSION_TTL_HOURS),
  /** The Chromium the fiches-bilan's PDFs are printed with (Debian: `apt-get install chromium`). */
  CHROMIUM_PATH: z.string().min(1).default(DEFAULT_CHROMIUM_PATH),
  /**
   * Whether the session cookie is marked Secure. Unset: Secure exactly when PUBLIC_URL is https, so that
   * plain-http development still works; set it to true behind an HTTPS proxy without PUBLIC_URL.
   */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  /**
   * The e-mail address given as contact in the ISO 19139 records and the DCAT-AP catalogue. None of our
   * sources gives the Mission Bassin Minier's; unset, the records name its office without an e-mail.
   */
  METADATA_CONTACT_EMAIL: z.string().email().optional(),
  /** Base URL of the address service (its /search and /reverse are called), or `off` for none. */
  GEOCODER_URL: z.union([z.literal('off'), z.string().url()]).default(DEFAULT_GEOCODER_URL),
  GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(50).max(10_000).default(DEFAULT_GEOCODER_TIMEOUT_MS),
  /** The SMTP server of notification e-mails (smtp[s]://user:password@host:port); mail is off when unset. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** The sender of notification e-mails. */
  MAIL_FROM: z.string().min(3).default('Veille patrimoniale <veille@localhost>'),
  /** Whether this process runs the notification worker (subscriptions' e-mails and webhooks). */
  NOTIFY_WORKER: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(true),
  /** Pause between two turns of the notification worker, bounded so that it neither spins nor sleeps. */
  NOTIFY_INTERVAL_MS: z.coerce.number().int().min(20).max(3_600_000).default(15_000),
  /** First retry delay of a failed delivery; each next one doubles. */
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(60_000),
  /** Attempts before a delivery is given up (and logged as failed). */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  /** Hour (France) at which daily and weekly (Monday) digests go out. */
  NOTIFY_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** Lets webhooks use plain http to the loopback (tests, a local receiver); https only otherwise. */
  WEBHOOK_ALLOW_LOOPBACK_HTTP: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(false),
  /** Repeated anonymous GETs of public collections answered from memory, keyed on the data version (issue 12). */
  RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  /** Memory the response cache may hold, in MiB (bodies, all entries together). */
  RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4096).default(DEFAULT_RESPONSE_CACHE_MAX_MB),
  // Basemaps (issue 11 §1): raster tile URL templates the web app offers; `off` leaves one out.
  /** Plan IGN, Géoplateforme WMTS (geoservices.ign.fr, layer GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2). */
  BASEMAP_PLAN_IGN_URL: basemapUrl(DEFAULT_BASEMAP_URLS.planIgn),
  /** IGN orthophotos, Géoplateforme WMTS (layer ORTHOIMAGERY.ORTHOPHOTOS). */
  BASEMAP_ORTHO_IGN_URL: basemapUrl(DEFAULT_BASEMAP_URLS.orthoIgn),
  /** OpenStreetMap's standard tiles (mind its tile usage policy for heavy use). */
  BASEMAP_OSM_URL: basemapUrl(DEFAULT_BASEMAP_URLS.osm),
  /**
   * IGN's historical aerial photographs of 1950–1965 ("Remonter le temps"), Géoplateforme WMTS (layer
   * ORTHOIMAGERY.ORTHOPHOTOS.1950-1965, PNG, to zoom 18): the historical imagery offered by default.
   */
  BASEMAP_IGN_1950_URL: basemapUrl(DEFAULT_BASEMAP_URLS.ign1950),
  /** The WMS that serves the historical orthophotos (Géo2France's GeoServer). */
  BASEMAP_HISTORICAL_WMS_URL: z.string().url().default(DEFAULT_BASEMAP_URLS.historicalWms),
  /**
   * The historical orthophoto layers of that WMS, as `label=layer` pairs separated by commas
   * (`1949-1955=workspace:layer,2015=workspace:layer`). Empty by default: no source seen names the layers.
   */
  BASEMAP_HISTORICAL_LAYERS: z
    .string()
    .default('')
    .transform((text, context) => {
      const layers = parseHistoricalLayers(text)
      if (layers) return layers
      context.addIssue({ code: 'custom', message: 'must be label=layer pairs separated by commas' })
      return z.NEVER
    }),
  // Concurrency limits, timeouts and the pressure guard (issue 12, architecture §27).
  ...OVERLOAD_SETTINGS,
  ...ACCOUNT_SECURITY_SETTINGS,
  /** After SIGTERM/SIGINT, how long running requests get to finish before their connections are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /**
   * The folder of the pg_dump and pg_restore that `db:backup` / `db:restore` run on a server (issue 13):
   * they must be at least the server's major version. Unset: the ones on PATH.
   */
  PG_BIN_DIR: z.string().min(1).optional(),
  // Proxies trusted, HSTS and the /metrics token (issue 13, architecture §35).
  ...SECURITY_SETTINGS,
})
export type Config = z.infer<typeof ConfigSchema>

/** The basemap settings at their defaults, for callers that build the app without a Config (tests). */
export const DEFAULT_BASEMAPS_CONFIG = ConfigSchema.pick({
  BASEMAP_PLAN_IGN_URL: true,
  BASEMAP_ORTHO_IGN_URL: true,
  BASEMAP_OSM_URL: true,
  BASEMAP_IGN_1950_URL: true,
  BASEMAP_HISTORICAL_WMS_URL: true,
  BASEMAP_HISTORICAL_LAYERS: true,
}).parse({})

export class ConfigError extends Error {}

/**
 * Reads the configuration once; the only reader of process.env.
 * @throws ConfigError naming every variable that is wrong
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''))
  const parsed = ConfigSchema.safeParse(cleaned)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  return parsed.data
}

/** Whether the session cookie must be Secure: COOKIE_SECURE when set, else whether PUBLIC_URL is https. */
export function isCookieSecure(config: Partial<Pick<Config, 'PUBLIC_URL' | 'COOKIE_SECURE'>>): boolean {
  return config.COOKIE_SECURE ?? config.PUBLIC_URL?.startsWith('https:') ?? false
}

/**
 * The password handed to a command (`npm run user:create`) through HW_PASSWORD. It is read here, with the
 * rest of the environment, but kept out of Config so that it is never passed around or logged.
 * @returns the password, or undefined when HW_PASSWORD is unset or empty
 */
export function passwordFromEnvironment(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  return environment.HW_PASSWORD || undefined
}

/**
 * The folder a command was typed in: npm runs a workspace's scripts from the workspace (apps/api), and
 * sets INIT_CWD to where `npm run` was called, against which a relative path given to it is meant.
 */
export function invocationDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  return environment.INIT_CWD || process.cwd()
}

/**
 * glibc's malloc settings for the embedded database's process (architecture §32). glibc serves a large
 * buffer with mmap only until one is freed, then raises that threshold (up to 32 MB), and the pages'
 * protocol buffers and bodies land in per-thread arenas that keep what was freed: a fixed 128 kB
 * threshold and two arenas kept the peak under the items load 110–180 MB lower. glibc reads them at the
 * process's first allocation, so the launcher (cli/launch.ts) sets them for the API it starts.
 */
export const EMBEDDED_MALLOC_SETTINGS = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
}

/**
 * Node's options for the embedded database's process (architecture §32). Under the items load the main
 * thread's V8 heap grew from ~90 MB to 220–250 MB, mostly the pages' strings and buffers already dead:
 * V8 lets its old generation grow to up to four times what survived the last full collection while the
 * heap's limit is 2 GB or more (Node's default here is ~4 GB), and to about twice under it. Just under
 * 2 GB took ~120 MB off the peak at no CPU cost seen, where 1 GB cost up to a third more CPU a request.
 * The limit itself is far from reached: the whole process peaks at ~750 MB in a first start's load.
 */
export const EMBEDDED_NODE_OPTIONS = ['--max-old-space-size=1900']

/** NODE_OPTIONS as given, with each of `options` added after it unless one of the same name is there. */
function withNodeOptions(current: string | undefined, options: string[]): string {
  const named = new Set((current ?? '').split(/\s+/).map((option) => option.split('=')[0]))
  const missing = options.filter((option) => !named.has(option.split('=')[0]))
  return [current, ...missing].filter(Boolean).join(' ')
}

/**
 * The environment the API process is started with: the given one, plus, when the database is embedded
 * (no DATABASE_URL), EMBEDDED_NODE_OPTIONS added to NODE_OPTIONS and, on Linux, EMBEDDED_MALLOC_SETTINGS.
 * A value already set wins; a server's process is left as it was.
 */
export function apiProcessEnvironment(environment: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (environment.DATABASE_URL) return environment
  const malloc = process.platform === 'linux' ? EMBEDDED_MALLOC_SETTINGS : {}
  return {
    ...malloc,
    ...environment,
    NODE_OPTIONS: withNodeOptions(environment.NODE_OPTIONS, EMBEDDED_NODE_OPTIONS),
  }
}

export { repositoryRoot }
