import type { Server, Socket } from 'node:net'

/**
 * Makes every connection of the embedded database's socket server send what it answers in one turn of
 * the event loop in one system call, instead of one per piece.
 *
 * pglite-socket hands each protocol message of a query (Parse, Bind, Describe, Execute, Sync) to PGlite
 * on its own and writes each piece of each answer with its own `socket.write`: a query with parameters
 * was answered in five writes at least, each a system call in the database's thread and a wake-up of
 * the API's thread, which then parsed the answer piece by piece. PGlite runs the messages of a data chunk one after the
 * other in promise callbacks, without yielding to the event loop, so corking the socket at the first
 * write of a turn and uncorking it on the next turn sends them together, in the same order; nothing
 * waits longer than that turn. Measured (architecture §32): the API thread's CPU a request about 5 %
 * lower on the basin page, the database thread's unchanged.
 * @param server the socket server's `net.Server`, before it accepts connections
 */
export function coalesceSocketWrites(server: Server): void {
  server.on('connection', coalesceWrites)
}

/** Corks `socket` at its first write in a turn of the event loop and uncorks it on the next turn. */
function coalesceWrites(socket: Socket): void {
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean
  let corked = false
  socket.write = ((...args: unknown[]) => {
    if (!corked && !socket.destroyed) {
      corked = true
      socket.cork()
      setImmediate(() => {
        corked = false
        socket.uncork()
      })
    }
    return write(...args)
  }) as Socket['write']
}
