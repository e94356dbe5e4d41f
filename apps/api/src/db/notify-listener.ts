import pg from 'pg'
import { type Channel, CHANNELS, listenSql } from './sql/notify.sql.ts'

/** Shown in pg_stat_activity, so that an operator (or a test) can tell the listening connection apart. */
export const LISTENER_APPLICATION_NAME = 'heritage-watch listener'

/** First wait before reconnecting; each failure doubles it, up to RECONNECT_MAX_MS. */
const RECONNECT_FIRST_MS = 100
/**
 * Live updates must be back within 5 s of the database's return (issue 13), however long it was away:
 * one connection attempt every 2 s at most costs the server nothing.
 */
const RECONNECT_MAX_MS = 2_000

interface ListenerLog {
  info(message: string): void
  warn(message: string): void
}

export interface NotifyListenerOptions {
  log: ListenerLog
  /** Called after a reconnection: notifications sent while the connection was down are lost. */
  onReconnect?: () => void
}

/**
 * One dedicated connection per process that LISTENs on every channel of CHANNELS. It is not taken from
 * the pool: a pooled connection goes back to other queries, and a LISTEN must stay open for the life of
 * the process. When the connection drops (server restart, terminated backend, network), it reconnects
 * with a doubling backoff and LISTENs again.
 */
export function createNotifyListener(pool: pg.Pool, { log, onReconnect }: NotifyListenerOptions) {
  const handlers = new Map<Channel, Set<(payload: string) => void>>()
  let client: pg.Client | undefined
  let stopped = false
  let retryTimer: NodeJS.Timeout | undefined
  let failures = 0

  function deliver(message: pg.Notification) {
    for (const handler of handlers.get(message.channel as Channel) ?? []) handler(message.payload ?? '')
  }

  async function connect(): Promise<void> {
    // Same settings as the pool's connections (host, credentials, SSL), but a connection of its own.
    // TCP keep-alive: a connection dropped without a FIN (a NAT, a failed-over host) is noticed too.
    const next = new pg.Client({
      ...pool.options,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
    })
    next.on('notification', deliver)
    next.on('error', () => undefined)
    next.on('end', () => {
      if (client !== next || stopped) return
      client = undefined
      log.warn('database listener connection lost: reconnecting')
      schedule()
    })
    try {
      await next.connect()
      for (const channel of Object.values(CHANNELS)) await next.query(listenSql(channel))
    } catch (error) {
      await next.end().catch(() => undefined)
      throw error
    }
    if (stopped) {
      await next.end()
      return
    }
    client = next
  }

  function schedule() {
    const delay = Math.min(RECONNECT_FIRST_MS * 2 ** failures, RECONNECT_MAX_MS)
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      connect().then(
        () => {
          failures = 0
          log.info('database listener reconnected')
          onReconnect?.()
        },
        (error: Error) => {
          failures += 1
          log.warn(`database listener could not reconnect (${error.message}): retrying`)
          if (!stopped) schedule()
        },
      )
    }, delay)
    retryTimer.unref()
  }

  return {
    /** Connects and LISTENs; resolves once notifications are being received. */
    start: () => connect(),

    /** Calls `handler` with the payload of every notification on `channel`, until the returned function runs. */
    on(channel: Channel, handler: (payload: string) => void): () => void {
      const set = handlers.get(channel) ?? new Set()
      handlers.set(channel, set)
      set.add(handler)
      return () => set.delete(handler)
    },

    /** Closes the connection and stops reconnecting. */
    async stop(): Promise<void> {
      stopped = true
      clearTimeout(retryTimer)
      const last = client
      client = undefined
      await last?.end()
    },
  }
}
