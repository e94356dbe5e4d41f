import type { Socket } from 'node:net'
import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { frameworkProblem } from './problems.ts'

// Requests refused before any route or hook runs: Fastify's router (a URL it cannot decode, a path
// segment over maxParamLength) and Node's HTTP parser (headers too large, a malformed request). They
// get a problem+json like every other answer, and the CORS header the hooks would have added, so that
// a browser client can read them.

const CORS = { 'Access-Control-Allow-Origin': '*' }

const FRAMEWORK_DETAILS: Record<string, [number, string]> = {
  FST_ERR_BAD_URL: [400, 'the URL is not valid percent-encoded UTF-8'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'a path segment is longer than 100 characters'],
}

/** Fastify's `frameworkErrors`: FST_ERR_BAD_URL (400), FST_ERR_MAX_PARAM_LENGTH (414) and the like. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const [status, detail] = FRAMEWORK_DETAILS[error.code] ?? [error.statusCode ?? 500, error.message]
  if (status >= 500) request.log.error({ err: error, url: request.url })
  reply
    .code(status)
    .headers(CORS)
    .type(MEDIA_TYPES.problem)
    .send(frameworkProblem(status, detail, undefined))
}

/** Node's `clientError`: the request never became one, so the answer is written on the socket. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, reason, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'the request headers exceed the allowed size']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'the request was not received in time']
        : [400, 'Bad Request', 'the request is not valid HTTP']
  const body = JSON.stringify(frameworkProblem(status, detail, undefined))
  if (socket.writable) {
    const headers = [
      `HTTP/1.1 ${status} ${reason}`,
      `Content-Type: ${MEDIA_TYPES.problem}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      ...Object.entries(CORS).map(([name, value]) => `${name}: ${value}`),
      'Connection: close',
    ]
    socket.write(`${headers.join('\r\n')}\r\n\r\n${body}`)
  }
  socket.destroy(error)
}
