import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { abInstalled, parseAbOutput } from './ab.ts'

// The summary ApacheBench 2.3 printed against a small local server (kept as printed, trimmed of headers).
const OUTPUT = `Document Path:          /dburl
Document Length:        50 bytes

Concurrency Level:      2
Time taken for tests:   0.430 seconds
Complete requests:      20
Failed requests:        0
Keep-Alive requests:    0
Total transferred:      5000 bytes
HTML transferred:       1000 bytes
Requests per second:    46.48 [#/sec] (mean)
Time per request:       43.032 [ms] (mean)

Percentage of the requests served within a certain time (ms)
  50%      2
  66%     40
  75%     74
  80%    132
  90%    171
  95%    175
  98%    176
  99%    177
 100%    180 (longest request)
`

describe('parseAbOutput', () => {
  it('reads throughput, completions, body size and percentiles', () => {
    expect(parseAbOutput(OUTPUT)).toEqual({
      completed: 20,
      failed: 0,
      non2xx: 0,
      requestsPerSecond: 46.48,
      documentBytes: 50,
      p50: 2,
      p95: 175,
      p99: 177,
    })
  })

  it('counts the non-2xx answers ab reports apart', () => {
    const withErrors = OUTPUT.replace(
      'Keep-Alive requests:',
      'Non-2xx responses:      5\nKeep-Alive requests:',
    )
    expect(parseAbOutput(withErrors).non2xx).toBe(5)
  })

  it('refuses an output without its summary (ab failed)', () => {
    expect(() => parseAbOutput('apr_socket_recv: Connection refused (111)')).toThrow(/Complete requests/)
  })
})

describe('abInstalled', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('looks for ab in each directory of the PATH', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'hw-bench-ab-test-'))
    try {
      vi.stubEnv('PATH', directory)
      expect(abInstalled()).toBe(false)
      await writeFile(path.join(directory, 'ab'), '')
      expect(abInstalled()).toBe(true)
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
