import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchBrowser } from '../e2e/setup/browser.ts'
import { serveProduct } from '../e2e/support/serve-product.ts'

// Web section of `npm run bench`: time from navigation to the map's first idle with the default layers,
// the JavaScript the page loads (gzipped) and the largest data request, on this machine (issue #3).

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3)
const TARGETS = { firstIdleMs: 1500, javascriptKb: 400, dataRequestKb: 500 }
const progress = (message: string) => console.log(`[bench:web] ${message}`)

/** Records, in the page's own clock, when the map container first reports idle. */
const RECORD_FIRST_IDLE = `
  new MutationObserver(() => {
    if (!window.__firstIdle && document.querySelector('[data-testid="map"][data-map-idle="true"]')) {
      window.__firstIdle = performance.now()
    }
  }).observe(document, { subtree: true, attributes: true, childList: true })`

/**
 * The JavaScript the page loads before the map can draw: the scripts and module preloads that
 * index.html names (MapLibre 5's worker is inside its bundle). Chunks loaded later on demand, such as
 * the zod schemas, are listed apart.
 */
async function javascriptGzipKb(webDist: string): Promise<{ initial: number; lazy: number }> {
  const html = await readFile(path.join(webDist, 'index.html'), 'utf8')
  const initialFiles = new Set(
    [...html.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.m?js)"/g)].map((match) => match[1]),
  )
  const sizes = { initial: 0, lazy: 0 }
  for (const file of (await readdir(path.join(webDist, 'assets'))).filter((name) => /\.m?js$/.test(name))) {
    const kb = gzipSync(await readFile(path.join(webDist, 'assets', file))).length / 1024
    if (initialFiles.has(file)) sizes.initial += kb
    else sizes.lazy += kb
  }
  return sizes
}

async function main() {
  progress('building the web app and starting the API on a fresh embedded database')
  const product = await serveProduct()
  try {
    const firstIdle: number[] = []
    let largest = { url: '', kb: 0 }
    let requests = 0
    for (let run = 1; run <= RUNS; run += 1) {
      progress(`run ${run}/${RUNS}: cold browser profile`)
      const browser = await launchBrowser()
      const page = await browser.context.newPage()
      await page.setViewportSize({ width: 1280, height: 800 })
      await page.addInitScript(RECORD_FIRST_IDLE)
      page.on('response', async (response) => {
        const url = response.url()
        if (!/\/(tiles|collections|search)\b/.test(url) || response.status() !== 200) return
        requests += 1
        const kb = (await response.body().catch(() => Buffer.alloc(0))).length / 1024
        if (kb > largest.kb) largest = { url: url.replace(product.url, ''), kb }
      })
      await page.goto(`${product.url}/app/`)
      await page.waitForFunction(() => (window as unknown as { __firstIdle?: number }).__firstIdle, null, {
        timeout: 60_000,
      })
      firstIdle.push(await page.evaluate(() => (window as unknown as { __firstIdle: number }).__firstIdle))
      await browser.close()
    }
    const sorted = [...firstIdle].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0
    const javascript = await javascriptGzipKb(product.webDist)
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED')
    console.log('\nheritage-watch bench — web app (Chromium, cold profile each run)')
    console.log(
      `first map idle, median of ${RUNS}   ${median.toFixed(0).padStart(6)} ms   target < ${TARGETS.firstIdleMs} ms: ${met(median < TARGETS.firstIdleMs)}  (runs: ${firstIdle.map((ms) => ms.toFixed(0)).join(', ')})`,
    )
    console.log(
      `initial JavaScript, gzipped      ${javascript.initial.toFixed(0).padStart(6)} KB   target < ${TARGETS.javascriptKb} KB: ${met(javascript.initial < TARGETS.javascriptKb)}  (later, on demand: ${javascript.lazy.toFixed(0)} KB)`,
    )
    console.log(
      `largest data request             ${largest.kb.toFixed(0).padStart(6)} KB   target < ${TARGETS.dataRequestKb} KB: ${met(largest.kb < TARGETS.dataRequestKb)}  (${largest.url})`,
    )
    console.log(`data requests per run            ${(requests / RUNS).toFixed(0).padStart(6)}`)
  } finally {
    await product.stop()
  }
}

await main()
