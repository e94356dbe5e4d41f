import pg from 'pg'
import { Parser } from 'pg-protocol/dist/parser.js'

// A pool whose connections hand every text value over as its raw bytes: a "binary string" (latin1, one
// character per byte) instead of the UTF-8 text decoded. The items pages' chunks of GeoJSON are only
// ever passed on to the socket: decoding them into a JavaScript string (a two-byte one as soon as a name
// has an accent) and encoding them again were the biggest per-byte costs of a page in Node (docs §26).
// pg has no raw-bytes mode (pg-protocol decodes every field as UTF-8), hence the parser of our own.

/** The parts of pg's Connection this file relies on (lib/connection.js, pg 8). */
interface PgConnection {
  attachListeners(stream: NodeJS.EventEmitter): void
  emit(event: string, message: unknown): boolean
  _emitMessage?: boolean
}

/**
 * pg's own `attachListeners` (lib/connection.js), its parser reading strings as latin1: one copy of the
 * bytes, where UTF-8 decoding made every text a string to be encoded again.
 */
function readRawText(connection: PgConnection): void {
  connection.attachListeners = (stream) => {
    const parser = new Parser()
    ;(parser as unknown as { reader: { encoding: string } }).reader.encoding = 'latin1'
    stream.on('data', (buffer: Buffer) =>
      parser.parse(buffer, (message) => {
        if (connection._emitMessage) connection.emit('message', message)
        connection.emit(message.name === 'error' ? 'errorMessage' : message.name, message)
      }),
    )
  }
}

class RawTextClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config)
    readRawText(this.connection as unknown as PgConnection)
  }
}

/**
 * A pool like `pool` (same server, size and timeouts) whose text values come back as binary strings:
 * `Buffer.from(value, 'latin1')` gives the UTF-8 bytes PostgreSQL sent. Only for queries whose text
 * values go to the client as they are; numbers and ASCII texts read the same either way.
 */
export function createRawTextPool(pool: pg.Pool): pg.Pool {
  const raw = new pg.Pool({ ...pool.options, Client: RawTextClient })
  // As pool.ts: a broken idle connection is replaced on the next query instead of ending the process.
  raw.on('error', (error) => console.error('database connection lost:', error.message))
  return raw
}
