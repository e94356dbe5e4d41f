import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { useListeningTestApp } from '../../helpers/test-app.ts'

// A streamed page (more than 256 K characters: every commune) keeps an HTTP/1.0 keep-alive connection
// open, as a small page does: without a Content-Length Node closed it after each big page, and a client
// paging through a layer (ApacheBench, older GIS clients) opened a connection per page.
const server = useListeningTestApp()
const PAGE = '/collections/communes/items?limit=10000'

/** Asks `count` times on one socket and returns each answer's status line and the socket's fate. */
function askOnOneSocket(count: number): Promise<{ answers: string[]; closedEarly: boolean }> {
  const { hostname, port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname)
    const answers: string[] = []
    let buffer = Buffer.alloc(0)
    const ask = () =>
      socket.write(`GET ${PAGE} HTTP/1.0\r\nHost: ${hostname}\r\nConnection: keep-alive\r\n\r\n`)
    const finish = (closedEarly: boolean) => {
      socket.destroy()
      resolve({ answers, closedEarly })
    }
    socket.on('connect', ask)
    socket.on('error', reject)
    socket.on('close', () => finish(answers.length < count))
    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data])
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n')
        if (end < 0) return
        const head = buffer.subarray(0, end).toString()
        const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1]
        // Without a length the body runs to the close: the answer is complete only then.
        if (length === undefined) return
        if (buffer.length < end + 4 + Number(length)) return
        answers.push(head.split('\r\n')[0]!)
        buffer = buffer.subarray(end + 4 + Number(length))
        if (answers.length === count) return finish(false)
        ask()
      }
    })
  })
}

describe('a streamed page over HTTP/1.0 keep-alive', () => {
  it('answers three big pages on one connection, each with its length', async () => {
    const { answers, closedEarly } = await askOnOneSocket(3)
    expect(closedEarly).toBe(false)
    expect(answers).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 200 OK', 'HTTP/1.1 200 OK'])
  })
})
