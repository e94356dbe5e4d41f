import { launchBrowser } from '../e2e/setup/browser.ts'
import { chromiumCpuMs } from './browser-cpu.ts'

/** What one cold load of the app was made of, in ms from navigation start (the page's own clock). */
export interface FirstIdleRun {
  /** The map container first reported idle: the default layers are drawn. */
  firstIdleMs: number
  /** index.html received. */
  documentMs: number
  /** The last script or style sheet named by index.html received (MapLibre's is the largest). */
  scriptsMs: number
  /** `new maplibregl.Map` returned: the app's JavaScript was parsed, run and rendered once. */
  mapCreatedMs: number
  /** The first and the last data request of the first view (tiles, collections, search). */
  firstDataRequestMs: number
  lastDataResponseMs: number
  /** Frames MapLibre drew before the first idle (each costs 0.1–0.3 s with software WebGL). */
  framesBeforeIdle: number
  dataRequests: { url: string; kb: number }[]
  /** CPU time of all the browser's processes from navigation to first idle (undefined off Linux). */
  browserCpuMs: number | undefined
}

/** Records the moments of a cold load in the page, before any of its scripts runs. */
const RECORD_MOMENTS = `
  window.__bench = { frames: 0 }
  new MutationObserver(() => {
    if (!window.__bench.firstIdle && document.querySelector('[data-testid="map"][data-map-idle="true"]')) {
      window.__bench.firstIdle = performance.now()
    }
  }).observe(document, { subtree: true, attributes: true, childList: true })
  let map
  // map-view.tsx sets window.heritageWatchMap right after creating the map (its test contract).
  Object.defineProperty(window, 'heritageWatchMap', {
    configurable: true,
    get: () => map,
    set(value) {
      map = value
      if (!value || window.__bench.mapCreated) return
      window.__bench.mapCreated = performance.now()
      value.on('render', () => { if (!window.__bench.firstIdle) window.__bench.frames += 1 })
    },
  })`

const DATA_REQUEST = /^[^?]*:\/\/[^/]+\/(?:tiles|collections|search)\b/

/**
 * Opens the app once in a cold browser profile at 1280x800 and waits for the map's first idle.
 * Data requests are seen from outside the page: MapLibre asks for tiles from its workers, which the
 * page's resource timing does not list.
 */
export async function measureFirstIdle(appUrl: string): Promise<FirstIdleRun> {
  const browser = await launchBrowser()
  try {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.addInitScript(RECORD_MOMENTS)
    const requests: Promise<{ url: string; kb: number; startedAt: number; endedAt: number }>[] = []
    page.on('requestfinished', (request) => {
      if (!DATA_REQUEST.test(request.url())) return
      requests.push(
        request
          .sizes()
          .catch(() => ({ responseBodySize: 0 }))
          .then((sizes) => {
            const timing = request.timing()
            return {
              url: new URL(request.url()).pathname + new URL(request.url()).search,
              kb: sizes.responseBodySize / 1024,
              // Epoch ms; responseEnd is relative to startTime.
              startedAt: timing.startTime,
              endedAt: timing.startTime + timing.responseEnd,
            }
          }),
      )
    })
    const cpuBefore = await chromiumCpuMs()
    await page.goto(`${appUrl}/app/`)
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.firstIdle, null, {
      timeout: 60_000,
    })
    const cpuAfter = await chromiumCpuMs()
    const moments = await page.evaluate(() => {
      const bench = (window as unknown as BenchWindow).__bench
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      const assets = performance
        .getEntriesByType('resource')
        .filter(
          (entry) => /\/assets\/[^/]+\.(?:m?js|css)$/.test(entry.name) && entry.startTime < bench.mapCreated,
        )
      return {
        timeOrigin: performance.timeOrigin,
        firstIdleMs: bench.firstIdle,
        documentMs: navigation.responseEnd,
        scriptsMs: Math.max(0, ...assets.map((entry) => (entry as PerformanceResourceTiming).responseEnd)),
        mapCreatedMs: bench.mapCreated,
        framesBeforeIdle: bench.frames,
      }
    })
    const { timeOrigin, ...timings } = moments
    // Requests of the first view only: the legend's counts and the badges wait for the first idle.
    const data = (await Promise.all(requests)).filter(
      (request) => request.startedAt - timeOrigin <= timings.firstIdleMs,
    )
    return {
      ...timings,
      firstDataRequestMs: Math.min(
        timings.firstIdleMs,
        ...data.map((request) => request.startedAt - timeOrigin),
      ),
      lastDataResponseMs: Math.max(0, ...data.map((request) => request.endedAt - timeOrigin)),
      dataRequests: data.map(({ url, kb }) => ({ url, kb })),
      browserCpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    }
  } finally {
    await browser.close()
  }
}

interface BenchWindow {
  __bench: { firstIdle: number; mapCreated: number; frames: number }
}
