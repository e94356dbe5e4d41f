import type { FastifyServerOptions } from 'fastify'
import type pg from 'pg'
import type { AccountSecurityConfig } from './config-accounts.ts'
import type { OverloadConfig } from './config-overload.ts'
import type { SecurityConfig } from './config-security.ts'
import type { Config } from './config.ts'
import type { NotificationConfig } from './plugins/notifications.ts'
import type { BasemapsConfig } from './services/basemaps.ts'

/** What buildApp (app.ts) is given: the pool, the settings, and how it logs and hears live events. */
export interface AppOptions {
  pool: pg.Pool
  /** The session settings are optional so that callers without them (tests, browser suites) get defaults. */
  config: Pick<Config, 'PUBLIC_URL' | 'WEB_DIST_DIR' | 'LOG_LEVEL'> &
    Partial<Pick<Config, 'SESSION_TTL_HOURS' | 'COOKIE_SECURE' | 'CHROMIUM_PATH'>> &
    Partial<Pick<Config, 'METADATA_CONTACT_EMAIL'>> &
    // No address service unless one is given: tests and browser suites stand one on loopback.
    Partial<Pick<Config, 'GEOCODER_URL' | 'GEOCODER_TIMEOUT_MS'>> &
    NotificationConfig &
    Partial<BasemapsConfig> &
    Partial<OverloadConfig> &
    Partial<Pick<Config, 'RESPONSE_CACHE' | 'RESPONSE_CACHE_MAX_MB'>> &
    Partial<AccountSecurityConfig> &
    Partial<SecurityConfig>
  logger?: FastifyServerOptions['logger']
  /**
   * How live alert changes and data loads reach the app's listeners: `notify` through PostgreSQL
   * LISTEN/NOTIFY, so that several processes on one server hear each other (start.ts on a server);
   * `in-process` (the default) for one process alone, as on the embedded database.
   */
  liveEvents?: 'notify' | 'in-process'
  /** How long the data version read from the database is trusted (data-version.ts's default unless set). */
  dataVersionMaxAgeMs?: number
  /** Node's own metrics (heap, event loop) in /metrics: on for a served process (start.ts), off in tests. */
  processMetrics?: boolean
}
