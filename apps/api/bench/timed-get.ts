import http from 'node:http'

// The API side of target 1's p50: one client on one kept-alive connection that receives the answer and
// decodes it to a string, as `pg` receives the floor's rows and decodes their text. Node's fetch (undici)
// cost about 1.2 ms more per request on this machine (one spoil tip: 2.81 against 1.62 ms, the floor
// 0.31 ms), and parsing the JSON (which the floor never does) 2–4 ms on the big pages: both were timed as
// the API's.

// An idle kept-alive socket is unref'd by the agent: it keeps no process alive.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

/**
 * GETs `url` uncompressed and returns the length of its text.
 * @throws Error when the answer is not 200 or came compressed
 */
export function timedGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { 'accept-encoding': 'identity' } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString()
        if (response.statusCode !== 200) return reject(new Error(`${url} answered ${response.statusCode}`))
        const encoding = response.headers['content-encoding']
        if (encoding && encoding !== 'identity') return reject(new Error(`${url} answered in ${encoding}`))
        resolve(text.length)
      })
    })
    request.on('error', reject)
  })
}
