import closeWithGrace from 'close-with-grace'
import type { FastifyInstance } from 'fastify'

/**
 * After the requests' grace, the time left to close the pool and the database (the embedded one
 * writes its last pages and ends its thread) before the process gives up and exits 1.
 */
const CLOSE_DATABASE_MS = 5_000

export interface ListenOptions {
  host: string
  port: number
  /** How long requests still running at SIGTERM get to finish; past it their connections are cut. */
  graceMs: number
}

/**
 * Listens and stops gracefully on SIGINT/SIGTERM: app.close() stops accepting, ends the live streams
 * (their preClose hooks) and waits for the requests running; those still running after `graceMs` lose
 * their connection. Then `onClose` closes the database, and the process exits 0.
 */
export async function listen(
  app: FastifyInstance,
  { host, port, graceMs }: ListenOptions,
  onClose: () => Promise<void>,
): Promise<string> {
  closeWithGrace(
    {
      delay: graceMs + CLOSE_DATABASE_MS,
      logger: { error: (message: unknown) => app.log.error(message) },
    },
    async ({ err, signal }) => {
      if (err) app.log.error({ err }, 'closing after an error')
      else app.log.info({ signal, graceMs }, 'stopping: refusing new requests, finishing the running ones')
      const cut = setTimeout(() => {
        app.log.warn({ graceMs }, 'requests still running after the grace: closing their connections')
        app.server.closeAllConnections()
      }, graceMs)
      try {
        await app.close()
      } finally {
        clearTimeout(cut)
      }
      await onClose()
      app.log.info('stopped: database closed')
    },
  )
  return app.listen({ host, port })
}
