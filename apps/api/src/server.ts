import closeWithGrace from 'close-with-grace'
import type { FastifyInstance } from 'fastify'

/** Listens and closes gracefully on SIGINT/SIGTERM, running `onClose` after the server stopped. */
export async function listen(
  app: FastifyInstance,
  { host, port }: { host: string; port: number },
  onClose: () => Promise<void>,
): Promise<string> {
  closeWithGrace({ delay: 5000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'closing after an error')
    await app.close()
    await onClose()
  })
  return app.listen({ host, port })
}
