import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A reverse proxy on loopback that sends each request to the next upstream in turn, as a balancer would. */
export interface RoundRobinProxy {
  /** Its base URL, without a trailing slash. */
  url: string
  /** The upstream each request went to, in order (its base URL). */
  served: string[]
  close(): Promise<void>
}

/**
 * Starts a round-robin reverse proxy in front of `upstreams` (base URLs). Bodies are streamed both ways,
 * so a server-sent events stream passes through as it comes. No keep-alive to the upstreams: each
 * request picks its upstream, whatever connection the client reuses.
 */
export async function startRoundRobinProxy(upstreams: string[]): Promise<RoundRobinProxy> {
  const agent = new http.Agent({ keepAlive: false })
  const served: string[] = []
  let next = 0
  const server = http.createServer((request, response) => {
    const upstream = upstreams[next++ % upstreams.length]!
    served.push(upstream)
    const target = new URL(request.url ?? '/', upstream)
    const forwarded = http.request(
      target,
      {
        method: request.method,
        headers: { ...request.headers, host: target.host, 'x-forwarded-for': request.socket.remoteAddress },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      },
    )
    forwarded.on('error', () => {
      if (!response.headersSent) response.writeHead(502)
      response.end()
    })
    // A client that goes away (an SSE stream closed) ends the upstream request too.
    response.on('close', () => forwarded.destroy())
    request.pipe(forwarded)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      agent.destroy()
    },
  }
}
