import { once } from 'node:events'
import { type AddressInfo, createConnection, createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { coalesceSocketWrites } from './embedded-socket-writes.ts'

// A real loopback connection: what the writes of one turn become on the other side.

let server: Server | undefined
afterEach(() => server?.close())

/** A server whose connections coalesce their writes, and a client connected to it. */
async function connectedPair(): Promise<{ served: Socket; client: Socket }> {
  server = createServer()
  coalesceSocketWrites(server)
  const accepted = once(server, 'connection') as Promise<[Socket]>
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const client = createConnection((server.address() as AddressInfo).port, '127.0.0.1')
  const [served] = await accepted
  return { served, client }
}

describe('coalesceSocketWrites', () => {
  it('holds the writes of one turn and sends them together, in order, on the next', async () => {
    const { served, client } = await connectedPair()
    const received: Buffer[] = []
    client.on('data', (chunk: Buffer) => received.push(chunk))
    const written: number[] = []
    served.write(Buffer.from('Parse;'), () => written.push(1))
    served.write(Buffer.from('Bind;'), () => written.push(2))
    served.write(Buffer.from('Sync;'), () => written.push(3))
    // Corked: all three are still buffered in the socket when the turn ends.
    expect(served.writableLength).toBe('Parse;Bind;Sync;'.length)
    await new Promise((resolve) => setImmediate(resolve))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(Buffer.concat(received).toString()).toBe('Parse;Bind;Sync;')
    expect(written).toEqual([1, 2, 3])
    // A later turn's write is held and sent on its own next turn too.
    served.write(Buffer.from('more'))
    expect(served.writableLength).toBe(4)
    served.end()
    await once(client, 'end')
    expect(Buffer.concat(received).toString()).toBe('Parse;Bind;Sync;more')
    client.destroy()
  })
})
