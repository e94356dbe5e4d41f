import {
  ALERTS_COLLECTION_ID,
  ASSESSMENTS_COLLECTION_ID,
  findCollection,
  HealthSchema,
} from '@heritage-watch/shared'
import Fastify from 'fastify'
import type { AppOptions } from './app-options.ts'
import { authentication } from './auth/authentication.ts'
import {
  DEFAULT_BASEMAPS_CONFIG,
  DEFAULT_CHROMIUM_PATH,
  DEFAULT_GEOCODER_TIMEOUT_MS,
  DEFAULT_RESPONSE_CACHE_MAX_MB,
  DEFAULT_SESSION_TTL_HOURS,
  isCookieSecure,
} from './config.ts'
import { createAccountsDependencies } from './db/accounts-repo.ts'
import { createAlertsDependencies } from './db/alert-repos.ts'
import { createAssessmentsDependencies } from './db/assessment-repos.ts'
import { createErbmDependencies } from './db/erbm-repos.ts'
import { createFeatureContextRepo } from './db/feature-context-repo.ts'
import { createFeaturesRepo } from './db/features-repo.ts'
import { createRawTextPool } from './db/raw-text-pool.ts'
import { responseCache } from './plugins/response-cache.ts'
import { createFeaturePagesService } from './services/feature-pages.ts'
import { createFeatureExportRepo } from './db/feature-export-repo.ts'
import { createHistoryRepo } from './db/history-repo.ts'
import { createIndicatorsRepo } from './db/indicators-repo.ts'
import { createSearchRepo } from './db/search-repo.ts'
import { createSheetsRepo } from './db/sheets-repo.ts'
import { createSubscriptionsRepo } from './db/subscriptions-repo.ts'
import { createTilesRepo } from './db/tiles-repo.ts'
import { createDataVersion } from './db/data-version.ts'
import { crossProcessEvents } from './plugins/cross-process-events.ts'
import { contract } from './plugins/contract.ts'
import { httpCaching } from './plugins/http-caching.ts'
import { problemHandler } from './plugins/problem-handler.ts'
import { refuseNul } from './plugins/refuse-nul.ts'
import { stopping } from './plugins/stopping.ts'
import { idempotency } from './plugins/idempotency/index.ts'
import { DEFAULT_DIGEST_HOUR, startNotifications } from './plugins/notifications.ts'
import { clientErrorHandler, frameworkErrors } from './plugins/router-errors.ts'
import { webApp } from './plugins/web-app.ts'
import { adminRoutes } from './routes/admin/index.ts'
import { alertRoutes } from './routes/alerts/index.ts'
import { basemapRoutes } from './routes/basemaps/index.ts'
import { assessmentRoutes } from './routes/assessments/index.ts'
import { siteAtRiskFollowupRoutes } from './routes/assessments/site-at-risk-followup.ts'
import { authRoutes } from './routes/auth/index.ts'
import { erbmRoutes } from './routes/erbm/index.ts'
import { featureContextRoutes } from './routes/feature-context/index.ts'
import { historyRoutes } from './routes/history/index.ts'
import { indicatorRoutes } from './routes/indicators/index.ts'
import { ogcRoutes } from './routes/ogc/index.ts'
import { tileRoutes } from './routes/tiles/index.ts'
import { searchRoutes } from './routes/search/index.ts'
import { sheetRoutes } from './routes/sheets/index.ts'
import { subscriptionRoutes } from './routes/subscriptions/index.ts'
import { createAccountsServices } from './services/accounts/index.ts'
import { createAlertBus } from './services/alerts/alert-bus.ts'
import { createAlertsServices } from './services/alerts/index.ts'
import { createAssessmentsServices } from './services/assessments/index.ts'
import { createErbmServices } from './services/erbm/index.ts'
import { createFeatureContextService } from './services/feature-context.ts'
import { createFeaturesService } from './services/features.ts'
import { createFeatureExportService } from './services/exports/feature-export.ts'
import { createHistoryService } from './services/history/index.ts'
import { createIndicatorsService } from './services/indicators/index.ts'
import { createSearchService } from './services/search/index.ts'
import { createSheetsService } from './services/sheets/sheet-content.ts'
import { createSubscriptionsService } from './services/subscriptions/index.ts'
import { createPdfEngine } from './sheets/pdf-engine.ts'
import {
  concurrencyLimitOptions,
  DEFAULT_OVERLOAD_CONFIG,
  type OverloadConfig,
  processPressureOptions,
} from './config-overload.ts'
import { concurrencyLimit } from './plugins/overload/concurrency-limit.ts'
import { checkDatabase } from './plugins/overload/database-check.ts'
import { processPressure } from './plugins/overload/under-pressure.ts'
import { createTilesService } from './services/tiles.ts'
import { createGeotrekRepo } from './db/geotrek-repo.ts'
import { metadataContact } from './metadata/contact.ts'
import { catalogueMetadataRoutes } from './routes/catalogue-metadata/index.ts'
import { createCatalogueMetadataService } from './services/catalogue-metadata.ts'
import { answer } from './openapi/route-schemas.ts'
import { createAddressService } from './geocoding/address-service.ts'
import { DEFAULT_ACCOUNT_SECURITY_CONFIG, loginLimits } from './config-accounts.ts'
import { createMailer } from './services/subscriptions/mailer.ts'
import { createReadinessRepo } from './db/readiness-repo.ts'
import { shippedMigrations } from './db/migrate.ts'
import { healthRoutes } from './routes/health/index.ts'
import { createReadinessService, READY_TIMEOUT_MS } from './services/readiness.ts'
import { DEFAULT_SECURITY_CONFIG, type SecurityConfig } from './config-security.ts'
import { createMetricsRepo } from './db/metrics-repo.ts'
import { metrics } from './plugins/observability/metrics.ts'
import { requestIdHeader, requestIdOf } from './plugins/observability/request-id.ts'
import { safeLogging } from './plugins/observability/safe-logging.ts'
import { basemapOrigins, contentSecurityPolicy } from './plugins/security/content-security-policy.ts'
import { securityHeaders } from './plugins/security/security-headers.ts'

export type { AppOptions }

const HEALTH_SCHEMA = {
  tags: ['Capacités'],
  summary: 'Le service et sa base répondent',
  operationId: 'health',
  response: { 200: answer('En service', HealthSchema) },
}

/** The biggest body the response cache keeps: a 10,000-feature page (~6 MB) is streamed, not kept. */
const RESPONSE_CACHE_MAX_ENTRY_BYTES = 2 * 1024 * 1024

/** The options actually given: an undefined setting keeps its default. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>
}

/** Builds the whole API as a Fastify instance without listening, so that tests can inject requests. */
export async function buildApp(options: AppOptions) {
  const { pool, config, logger, liveEvents, dataVersionMaxAgeMs } = options
  const overload: OverloadConfig = { ...DEFAULT_OVERLOAD_CONFIG, ...definedOnly(config) }
  const security: SecurityConfig = { ...DEFAULT_SECURITY_CONFIG, ...definedOnly(config) }
  const app = Fastify({
    // Secrets never reach the log: redacted URLs and credentials (plugins/observability/safe-logging.ts).
    logger: safeLogging(logger ?? { level: config.LOG_LEVEL }),
    // Every log line of a request carries its id, taken from a sane X-Request-Id or made here.
    genReqId: requestIdOf,
    // The client's address and scheme (HSTS, /metrics' loopback check) as the trusted proxies say.
    trustProxy: security.TRUST_PROXY,
    // A client gets this long to send its whole request (slow senders hold a socket, not a place).
    requestTimeout: overload.REQUEST_TIMEOUT_MS,
    // Refusals before any route runs answer problem+json too (plugins/router-errors.ts).
    frameworkErrors,
    clientErrorHandler,
    // While stopping, plugins/stopping.ts answers in problem+json with Retry-After instead.
    return503OnClosing: false,
  })
  // First, so that every answer carries them, refusals before any route included (architecture §35).
  await app.register(requestIdHeader)
  await app.register(securityHeaders, {
    csp: contentSecurityPolicy(basemapOrigins({ ...DEFAULT_BASEMAPS_CONFIG, ...definedOnly(config) })),
    hstsMaxAgeSeconds: security.HSTS_MAX_AGE_SECONDS,
  })
  await app.register(problemHandler, {
    knownCollection: (id: string) =>
      id === ALERTS_COLLECTION_ID || id === ASSESSMENTS_COLLECTION_ID || findCollection(id) !== undefined,
  })
  await app.register(stopping)
  // After the error handler, which its /metrics route answers through; before the guards whose 503s it counts.
  await app.register(metrics, {
    pool,
    repo: createMetricsRepo(pool),
    token: security.METRICS_TOKEN,
    processMetrics: options.processMetrics ?? false,
  })
  // Load is shed before any work: process pressure, then each route class's limit (architecture §27).
  await app.register(processPressure, processPressureOptions(overload))
  await app.register(concurrencyLimit, concurrencyLimitOptions(overload))
  // Before any route: the schemas each route declares are checked and written into /api.
  await app.register(contract)
  await app.register(refuseNul)
  // Before the caches and compression: its onSend keeps the answer's body as the route serialized it.
  await app.register(idempotency, { pool })
  // Before httpCaching: it stores bodies before compression and sets the ETag @fastify/etag keeps.
  const dataVersion = createDataVersion(pool, { maxAgeMs: dataVersionMaxAgeMs })
  await app.register(responseCache, {
    dataVersion,
    enabled: (config.RESPONSE_CACHE ?? 'on') === 'on',
    maxBytes: (config.RESPONSE_CACHE_MAX_MB ?? DEFAULT_RESPONSE_CACHE_MAX_MB) * 1024 * 1024,
    maxEntryBytes: RESPONSE_CACHE_MAX_ENTRY_BYTES,
  })
  await app.register(httpCaching)
  const sessionCookie = {
    secure: isCookieSecure(config),
    ttlHours: config.SESSION_TTL_HOURS ?? DEFAULT_SESSION_TTL_HOURS,
  }
  const accountSecurity = { ...DEFAULT_ACCOUNT_SECURITY_CONFIG, ...definedOnly(config) }
  // Reset links go by the notification e-mails' SMTP server; without one they are only shown to the admin.
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM ?? 'Veille patrimoniale <veille@localhost>')
  if (mailer) app.addHook('onClose', async () => mailer.close())
  const accounts = createAccountsServices(createAccountsDependencies(pool), {
    sessions: {
      ttlHours: sessionCookie.ttlHours,
      idleMinutes: accountSecurity.SESSION_IDLE_MINUTES,
      loginLimits: loginLimits(accountSecurity),
    },
    passwordResets: { ttlHours: accountSecurity.PASSWORD_RESET_HOURS, mailer },
  })
  // Before the routes: every request gets its actor (and CSRF check) from here.
  await app.register(authentication, { accounts })
  // A pool of one connection is the embedded database's (pool.ts): no prepared statements there, and no
  // second pool (its one session serves every connection in turn).
  const server = pool.options.max !== 1
  // The items pages read their GeoJSON as raw bytes on a pool of their own (db/raw-text-pool.ts).
  const rawText = server ? createRawTextPool(pool) : undefined
  if (rawText) app.addHook('onClose', () => rawText.end())
  const featuresRepo = createFeaturesRepo(pool, { prepare: server, rawText })
  const alertBus = createAlertBus({
    relay: liveEvents === 'notify' ? crossProcessEvents(app, pool, dataVersion) : undefined,
    warn: (message) => app.log.warn(message),
  })
  // Built once: repos on the pool for reads, and a runner that hands a transaction's repos to writes.
  const alerts = createAlertsServices(createAlertsDependencies(pool), alertBus)
  const assessments = createAssessmentsServices(createAssessmentsDependencies(pool))
  await app.register(ogcRoutes, {
    publicUrl: config.PUBLIC_URL,
    service: createFeaturesService(featuresRepo),
    pages: createFeaturePagesService(featuresRepo, dataVersion),
    exports: createFeatureExportService(createFeatureExportRepo(pool)),
    alerts: alerts.collection,
    assessments: assessments.collection,
  })
  await app.register(tileRoutes, {
    publicUrl: config.PUBLIC_URL,
    service: createTilesService(createTilesRepo(pool), featuresRepo, { dataVersion }),
  })
  await app.register(catalogueMetadataRoutes, {
    publicUrl: config.PUBLIC_URL,
    service: createCatalogueMetadataService({
      features: featuresRepo,
      geotrek: createGeotrekRepo(pool),
      contact: metadataContact(config.METADATA_CONTACT_EMAIL),
    }),
  })
  const addressService =
    config.GEOCODER_URL && config.GEOCODER_URL !== 'off'
      ? createAddressService({
          baseUrl: config.GEOCODER_URL,
          timeoutMs: config.GEOCODER_TIMEOUT_MS ?? DEFAULT_GEOCODER_TIMEOUT_MS,
        })
      : null
  await app.register(searchRoutes, { service: createSearchService(createSearchRepo(pool), addressService) })
  const featureContext = createFeatureContextService(createFeatureContextRepo(pool))
  await app.register(featureContextRoutes, { service: featureContext })
  // One headless Chromium for every PDF, started on the first one and closed with the app.
  const pdf = createPdfEngine({ executablePath: config.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH })
  app.addHook('onClose', () => pdf.close())
  await app.register(sheetRoutes, {
    service: createSheetsService({ repo: createSheetsRepo(pool), features: featuresRepo, featureContext }),
    pdf,
  })
  await app.register(historyRoutes, { service: createHistoryService(createHistoryRepo(pool)) })
  await app.register(authRoutes, { prefix: '/auth', accounts, sessionCookie })
  await app.register(adminRoutes, { prefix: '/admin', accounts, publicUrl: config.PUBLIC_URL })
  await app.register(alertRoutes, {
    prefix: '/alerts',
    creation: alerts.creation,
    workflow: alerts.workflow,
    reading: alerts.reading,
    publicUrl: config.PUBLIC_URL,
    feed: alerts.feed,
    bus: alertBus,
    accounts,
  })
  await app.register(assessmentRoutes, {
    prefix: '/assessments',
    creation: assessments.creation,
    reading: assessments.reading,
  })
  await app.register(siteAtRiskFollowupRoutes, { service: assessments.followup })
  await app.register(erbmRoutes, { prefix: '/erbm', ...createErbmServices(createErbmDependencies(pool)) })
  await app.register(indicatorRoutes, { service: createIndicatorsService(createIndicatorsRepo(pool)) })
  const subscriptionsRepo = createSubscriptionsRepo(pool, {
    digestHour: config.NOTIFY_DIGEST_HOUR ?? DEFAULT_DIGEST_HOUR,
  })
  await app.register(subscriptionRoutes, {
    prefix: '/subscriptions',
    service: createSubscriptionsService(subscriptionsRepo, {
      allowLoopbackHttp: config.WEBHOOK_ALLOW_LOOPBACK_HTTP ?? false,
    }),
  })
  // Off unless NOTIFY_WORKER is on (npm start's default; tests turn it on where they test it).
  startNotifications(app, pool, config)
  await app.register(basemapRoutes, { config: { ...DEFAULT_BASEMAPS_CONFIG, ...definedOnly(config) } })
  await app.register(webApp, { distDir: config.WEB_DIST_DIR })
  app.get('/healthz', { schema: HEALTH_SCHEMA }, async () => {
    await checkDatabase(pool, overload.HEALTHZ_TIMEOUT_MS)
    return { status: 'ok' as const }
  })
  const readiness = createReadinessService(createReadinessRepo(pool), {
    timeoutMs: READY_TIMEOUT_MS,
    shippedMigrations: await shippedMigrations(),
  })
  await app.register(healthRoutes, { readiness })
  return app
}
