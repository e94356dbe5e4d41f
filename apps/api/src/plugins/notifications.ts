import type { FastifyInstance } from 'fastify'
import type pg from 'pg'
import type { Config } from '../config.ts'
import { createMailer } from '../services/subscriptions/mailer.ts'
import { createNotificationWorker } from '../services/subscriptions/notification-worker.ts'

/** The settings of notifications; all optional so that an app built without them (tests) runs no worker. */
export type NotificationConfig = Partial<
  Pick<
    Config,
    | 'PUBLIC_URL'
    | 'SMTP_URL'
    | 'MAIL_FROM'
    | 'NOTIFY_WORKER'
    | 'NOTIFY_INTERVAL_MS'
    | 'NOTIFY_RETRY_BASE_MS'
    | 'NOTIFY_MAX_ATTEMPTS'
    | 'NOTIFY_DIGEST_HOUR'
    | 'WEBHOOK_ALLOW_LOOPBACK_HTTP'
  >
>

/** The digest hour when the configuration gives none. */
export const DEFAULT_DIGEST_HOUR = 7

/**
 * Starts the notification worker with the app (when NOTIFY_WORKER is on) and stops it on close. The SMTP
 * configuration is checked once ready, and the log says plainly whether mail is off, on or broken.
 */
export function startNotifications(app: FastifyInstance, pool: pg.Pool, config: NotificationConfig): void {
  if (config.NOTIFY_WORKER !== true) return
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM ?? 'Veille patrimoniale <veille@localhost>')
  const worker = createNotificationWorker({
    pool,
    mailer,
    settings: {
      intervalMs: config.NOTIFY_INTERVAL_MS ?? 15_000,
      retryBaseMs: config.NOTIFY_RETRY_BASE_MS ?? 60_000,
      maxAttempts: config.NOTIFY_MAX_ATTEMPTS ?? 6,
      digestHour: config.NOTIFY_DIGEST_HOUR ?? DEFAULT_DIGEST_HOUR,
      publicUrl: config.PUBLIC_URL,
      allowLoopbackWebhooks: config.WEBHOOK_ALLOW_LOOPBACK_HTTP ?? false,
    },
    log: app.log,
  })
  app.addHook('onReady', async () => {
    if (!mailer) app.log.warn('mail is off: SMTP_URL is not set; subscriptions are told by webhook only')
    // Not awaited: an SMTP server that does not answer must not hold the API's start for minutes.
    else
      void mailer.verify().then((check) => {
        if (check.ok) app.log.info(check.message)
        else app.log.error(check.message)
      })
    worker.start()
  })
  app.addHook('onClose', async () => {
    await worker.stop()
    mailer?.close()
  })
}
