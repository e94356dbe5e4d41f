import { Readable } from 'node:stream'
import type { FeaturePage } from '../services/feature-pages.ts'

/**
 * Below this many characters a page is sent as one buffer. Above, it is streamed: its first bytes leave
 * while the rest is joined, and no whole-body string is made (the response cache keeps a copy of the
 * chunks when they stay small enough, plugins/response-cache.ts). Chunks read as raw bytes (latin1,
 * db/raw-text-pool.ts) count their bytes.
 */
const STREAM_FROM_CHARACTERS = 1 << 18
/** The page's parts in order: PostgreSQL already joined the features into chunks (features.sql.ts). */
function* textParts(page: FeaturePage): Generator<string> {
  yield page.head
  for (let index = 0; index < page.chunks.length; index += 1)
    yield index === 0 ? page.chunks[index]! : `,${page.chunks[index]}`
  yield page.tail
}

const COMMA = Buffer.from(',')

/** The page's parts as bytes, its chunks copied from their binary strings (no UTF-8 decoding or encoding). */
function* rawParts(page: FeaturePage): Generator<Buffer> {
  yield Buffer.from(page.head)
  for (let index = 0; index < page.chunks.length; index += 1) {
    if (index > 0) yield COMMA
    yield Buffer.from(page.chunks[index]!, 'latin1')
  }
  yield Buffer.from(page.tail)
}

/** A page's body and its size in bytes, known before its first byte leaves. */
export interface FeaturePageBody {
  body: Buffer | Readable
  bytes: number
}

/**
 * The body of a page: one buffer when small, else a stream of chunks, so that a 10,000-feature page is
 * never held twice (rows and a whole-body string) and its first bytes leave before the last are joined.
 * A buffer, not a string: the text is encoded to UTF-8 once, where a string was measured for its
 * Content-Length (Buffer.byteLength, a pass over the text), copied behind the headers and encoded again
 * by the socket (a page of accented names is a two-byte string, for which each pass is slow).
 * A streamed page still has its size: without a Content-Length, Node ends an HTTP/1.0 keep-alive
 * connection after the page (ApacheBench, curl --http1.0) and sends HTTP/1.1 chunked, so a client asking
 * page after page opened a new connection for each one (docs/architecture.md §26).
 */
export function featurePageBody(page: FeaturePage): FeaturePageBody {
  const raw = page.encoding === 'latin1'
  // A binary string holds one byte per character; text is measured as the UTF-8 it will be sent as.
  const measure = (text: string) => (raw ? text.length : Buffer.byteLength(text))
  let size = page.head.length + page.tail.length
  for (const chunk of page.chunks) size += chunk.length + 1
  if (size < STREAM_FROM_CHARACTERS) {
    const body = raw
      ? Buffer.concat([...rawParts(page)])
      : Buffer.from(page.head + page.chunks.join(',') + page.tail)
    return { body, bytes: body.length }
  }
  let bytes =
    Buffer.byteLength(page.head) + Buffer.byteLength(page.tail) + Math.max(0, page.chunks.length - 1)
  for (const chunk of page.chunks) bytes += measure(chunk)
  const parts = raw ? rawParts(page) : textParts(page)
  return { body: Readable.from(parts, { objectMode: false }), bytes }
}
