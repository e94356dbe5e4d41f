import { chmod, rm } from 'node:fs/promises'
import { createConnection, createServer, type Socket } from 'node:net'
import path from 'node:path'

// How `npm run db:backup` reaches the embedded database while `npm start` has it (issue 13 §7): PGlite is
// one process's database, so the process that holds the data directory answers snapshot requests on a
// Unix socket beside it. The socket file is made readable and writable by its owner only: whoever may
// read the data directory's files may ask for them, nobody else. No TCP port, no password, no route.
//
// Protocol: the client writes `snapshot\n`; the answer is one JSON line, `{"bytes":N}` followed by the N
// bytes of the gzipped tar, or `{"error":"…"}`.

const REQUEST = 'snapshot\n'

/** `<data dir>.control.sock`: beside the data directory, not in it (it would end up in the snapshot). */
const controlSocketPath = (dataDir: string) => `${path.resolve(dataDir)}.control.sock`

/**
 * Answers snapshot requests for `dataDir` until the returned function is called. The caller holds the
 * data directory's lock, so a socket file left by a killed process is stale and replaced.
 */
export async function serveSnapshots(
  dataDir: string,
  snapshot: () => Promise<Buffer>,
  log: (message: string) => void,
): Promise<() => Promise<void>> {
  const socketPath = controlSocketPath(dataDir)
  await rm(socketPath, { force: true })
  const server = createServer((socket) => {
    socket.on('error', () => undefined)
    let received = ''
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
      if (received.length < REQUEST.length) return
      socket.removeAllListeners('data')
      if (received !== REQUEST) return void socket.end(`${JSON.stringify({ error: 'unknown request' })}\n`)
      log('backup: snapshot of the embedded database asked for on its control socket')
      snapshot().then(
        (tarball) =>
          socket.end(Buffer.concat([Buffer.from(`${JSON.stringify({ bytes: tarball.length })}\n`), tarball])),
        (error: unknown) => socket.end(`${JSON.stringify({ error: String(error) })}\n`),
      )
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, resolve)
  })
  await chmod(socketPath, 0o600)
  return async () => {
    await new Promise((resolve) => server.close(resolve))
    await rm(socketPath, { force: true })
  }
}

/**
 * Asks the process that holds `dataDir` for a snapshot.
 * @returns the gzipped tar, or undefined when no process answers on the socket (none runs)
 * @throws Error when the process answers with an error or the answer is cut short
 */
export async function snapshotFromRunningProcess(
  dataDir: string,
  progress: (received: number, total: number) => void,
): Promise<Buffer | undefined> {
  const socket = await connected(controlSocketPath(dataDir))
  if (!socket) return undefined
  socket.write(REQUEST)
  const chunks: Buffer[] = []
  let header: { bytes?: number; error?: string } | undefined
  let received = 0
  for await (const chunk of socket as AsyncIterable<Buffer>) {
    chunks.push(chunk)
    if (!header) {
      const all = Buffer.concat(chunks)
      const newline = all.indexOf(10)
      if (newline < 0) continue
      header = JSON.parse(all.subarray(0, newline).toString('utf8')) as typeof header
      chunks.splice(0, chunks.length, all.subarray(newline + 1))
      received = chunks[0]!.length
    } else received += chunk.length
    if (header?.bytes !== undefined) progress(received, header.bytes)
  }
  if (header?.error) throw new Error(`the running API could not take a snapshot: ${header.error}`)
  const tarball = Buffer.concat(chunks)
  if (header?.bytes === undefined || tarball.length !== header.bytes)
    throw new Error(`the snapshot was cut short (${tarball.length} of ${header?.bytes ?? '?'} bytes)`)
  return tarball
}

/** A connection to the socket, or undefined when there is nobody there (no file, or nobody listening). */
function connected(socketPath: string): Promise<Socket | undefined> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(socketPath)
    socket.once('connect', () => {
      socket.off('error', onError)
      resolve(socket)
    })
    const onError = (error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' || error.code === 'ECONNREFUSED' ? resolve(undefined) : reject(error)
    socket.once('error', onError)
  })
}
