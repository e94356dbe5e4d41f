import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { mapScreenshot, pixelDifference, waitForMapIdle } from './support/map-page.ts'
import { seriousAxeViolations } from './support/session-page.ts'
import { COLOURS, startTileServer, testBasemaps, type TileServer } from './support/tile-server.ts'

// IGN, OpenStreetMap and Géo2France are played by a loopback tile server (support/tile-server.ts).
const SCREENSHOTS = process.env.E2E_SCREENSHOT_DIR ?? '/tmp/basemaps'

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let tiles: TileServer
// Each step waits for the software-rendered map; on a shared 2-core machine a test can take a minute.
const SLOW = 150_000
const appUrl = (query = '') => `${inject('baseUrl')}/app/${query}`

beforeAll(async () => {
  tiles = await startTileServer()
  // The page is handed basemaps on the stand-in tile server, which the API's Content-Security-Policy does
  // not name (it names the configured services: API test plugins/security-headers.test.ts).
  browser = await launchBrowser({ bypassCsp: true })
  page = await browser.context.newPage()
  await page.route('**/config/basemaps', (route) =>
    route.fulfill({ json: testBasemaps(tiles.origin), headers: { 'Access-Control-Allow-Origin': '*' } }),
  )
  await page.setViewportSize({ width: 1440, height: 900 })
})
afterAll(async () => {
  await browser?.close()
  await tiles?.close()
})

/** The share of the map's pixels within a few units of a colour. */
async function share(colour: number[]): Promise<number> {
  const png = PNG.sync.read(await mapScreenshot(page))
  let matching = 0
  for (let index = 0; index < png.data.length; index += 4) {
    const delta = [0, 1, 2].reduce(
      (sum, channel) => sum + Math.abs(png.data[index + channel]! - colour[channel]!),
      0,
    )
    if (delta < 60) matching += 1
  }
  return matching / (png.data.length / 4)
}

const menuButton = () => page.getByRole('button', { name: /Fond de carte|Basemap/ })

async function openMenu() {
  await menuButton().waitFor()
  if ((await menuButton().getAttribute('aria-expanded')) !== 'true') await menuButton().click()
}

async function openFresh(query = '') {
  await page.goto(appUrl(query))
  await page.evaluate(() => window.localStorage.clear())
  await page.goto(appUrl(query))
  await waitForMapIdle(page)
  if (!query.includes('fond=')) {
    await page.locator('[data-testid="map"][data-place-labels="true"]').waitFor()
    await waitForMapIdle(page)
  }
}

describe('the basemap menu', () => {
  it(
    'opens on the offline background, with the places named',
    async () => {
      await openFresh()
      await page.locator('[data-testid="map"][data-place-labels="true"]').waitFor()
      await waitForMapIdle(page)
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-offline-desk-fr.png` })
      const names = await page.evaluate(() =>
        window.heritageWatchMap
          ?.queryRenderedFeatures({ layers: ['noms-de-lieux/villes'] })
          .map((f) => f.properties.name),
      )
      expect(names).toEqual(expect.arrayContaining(['Lens', 'Douai']))
    },
    SLOW,
  )

  it(
    'draws the chosen basemap, puts it in the URL, shows its credit and remembers it',
    async () => {
      await openFresh()
      const offline = await mapScreenshot(page)
      await openMenu()
      await page.getByRole('radio', { name: 'Plan IGN' }).check()
      await waitForMapIdle(page)
      expect(new URL(page.url()).searchParams.get('fond')).toBe('plan-ign')
      expect(await pixelDifference(page, offline, await mapScreenshot(page))).toBeGreaterThan(0.3)
      await expect(page.getByTestId('basemap-attribution').innerText()).resolves.toContain('© test Plan IGN')
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-plan-desk-fr.png` })

      // A reload without fond= comes back to the remembered choice.
      await page.goto(appUrl())
      await waitForMapIdle(page)
      await openMenu()
      await expect(page.getByRole('radio', { name: 'Plan IGN' }).isChecked()).resolves.toBe(true)
      await page.getByRole('radio', { name: /Fond hors ligne/ }).check()
      await waitForMapIdle(page)
      expect(new URL(page.url()).searchParams.get('fond')).toBeNull()
    },
    SLOW,
  )

  it(
    'follows fond= from a shared link',
    async () => {
      await openFresh('?fond=ortho-ign')
      await page.getByTestId('basemap-attribution').waitFor()
      await waitForMapIdle(page)
      await expect(page.getByTestId('basemap-attribution').innerText()).resolves.toContain('Orthophotos IGN')
    },
    SLOW,
  )

  it(
    'says when a service does not answer and falls back to the offline background',
    async () => {
      await openFresh()
      const offline = await mapScreenshot(page)
      await openMenu()
      await page.getByRole('radio', { name: 'OpenStreetMap' }).check()
      const notice = page.getByRole('status').filter({ hasText: 'OpenStreetMap' })
      await notice.waitFor()
      await expect(notice.innerText()).resolves.toMatch(/ne répond pas.*fond hors ligne/)
      expect(tiles.failures.length).toBeGreaterThan(0)
      await expect(page.getByRole('radio', { name: /Fond hors ligne/ }).isChecked()).resolves.toBe(true)
      expect(new URL(page.url()).searchParams.get('fond')).toBeNull()
      await waitForMapIdle(page)
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-fallback-desk-fr.png` })
      await page.keyboard.press('Escape')
      await notice.getByRole('button', { name: 'Fermer' }).click()
      expect(await pixelDifference(page, offline, await mapScreenshot(page))).toBeLessThan(0.02)
    },
    SLOW,
  )

  it(
    'shows a historical WMS layer with an opacity slider and a swipe, keyboard included',
    async () => {
      await openFresh()
      await openMenu()
      await page.getByRole('radio', { name: '1949–1955' }).check()
      await waitForMapIdle(page)
      const query = tiles.wmsQueries.at(-1)
      expect(query?.get('LAYERS')).toBe('test:ortho_1950')
      expect(query?.get('BBOX')?.split(',').map(Number)).toHaveLength(4)
      expect(await share(COLOURS.wms)).toBeGreaterThan(0.2)

      // Opacity 0: today's imagery shows through.
      const slider = page.getByRole('slider', { name: /Opacité/ })
      await slider.fill('0')
      await waitForMapIdle(page)
      expect(await share(COLOURS.wms)).toBeLessThan(0.01)
      await slider.fill('100')

      await page.getByRole('checkbox', { name: /Comparer avec aujourd’hui/ }).check()
      const handle = page.getByRole('slider', { name: /Position du rideau/ })
      await handle.waitFor()
      expect(await seriousAxeViolations(page, '.basemap-swipe-handle')).toEqual([])
      await page.getByTestId('basemap-swipe-map').locator('canvas').waitFor()
      await page.waitForTimeout(1500)
      const box = (await page.getByTestId('map').boundingBox())!
      const leftAndRight = async () => {
        const png = PNG.sync.read(await mapScreenshot(page))
        const pixel = (x: number) => {
          const index = (Math.round(png.height / 2) * png.width + x) * 4
          return [png.data[index]!, png.data[index + 1]!, png.data[index + 2]!]
        }
        return { left: pixel(Math.round(png.width * 0.1)), right: pixel(Math.round(png.width * 0.9)) }
      }
      const near = (actual: number[], expected: number[]) =>
        actual.every((value, channel) => Math.abs(value - expected[channel]!) < 40)
      let sides = await leftAndRight()
      expect(near(sides.left, COLOURS.wms)).toBe(true)
      expect(near(sides.right, COLOURS.wms)).toBe(false)
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-swipe-desk-fr.png` })

      // Dragged to the right edge, the past covers the whole width; the keyboard brings it back.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 })
      await page.mouse.up()
      await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('100')
      sides = await leftAndRight()
      expect(near(sides.right, COLOURS.wms)).toBe(true)
      await handle.focus()
      await page.keyboard.press('Home')
      await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('0')
      await page.keyboard.press('ArrowRight')
      await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('5')
      sides = await leftAndRight()
      expect(near(sides.left, COLOURS.wms)).toBe(false)
    },
    SLOW,
  )

  it(
    'is used with the keyboard alone: open, choose with the arrows, Escape gives the focus back',
    async () => {
      await openFresh()
      await menuButton().focus()
      await page.keyboard.press('Enter')
      await expect(menuButton().getAttribute('aria-expanded')).resolves.toBe('true')
      await page.keyboard.press('Tab')
      await expect(
        page
          .getByRole('radio', { name: /Fond hors ligne/ })
          .evaluate((radio) => radio === document.activeElement),
      ).resolves.toBe(true)
      await page.keyboard.press('ArrowDown')
      await expect(page.getByRole('radio', { name: 'Plan IGN' }).isChecked()).resolves.toBe(true)
      expect(await seriousAxeViolations(page, '.basemap-control')).toEqual([])
      expect(new URL(page.url()).searchParams.get('fond')).toBe('plan-ign')
      await page.keyboard.press('Escape')
      await expect(menuButton().getAttribute('aria-expanded')).resolves.toBe('false')
      await expect(menuButton().evaluate((button) => button === document.activeElement)).resolves.toBe(true)
    },
    SLOW,
  )

  it(
    'works on a phone, in French and in English',
    async () => {
      await page.setViewportSize({ width: 390, height: 844 })
      await openFresh()
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-offline-phone-fr.png` })
      const towns = await page.evaluate(
        () => window.heritageWatchMap?.queryRenderedFeatures({ layers: ['noms-de-lieux/villes'] }).length,
      )
      expect(towns).toBeGreaterThan(0)
      await openMenu()
      await page.getByRole('radio', { name: '1949–1955' }).check()
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-menu-phone-fr.png` })
      await page.setViewportSize({ width: 1440, height: 900 })
      await page.goto(appUrl())
      await page.evaluate(() => {
        window.localStorage.clear()
        window.localStorage.setItem('heritage-watch:language', 'en')
      })
      await page.goto(appUrl())
      await waitForMapIdle(page)
      await openMenu()
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-menu-desk-en.png` })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-menu-phone-en.png` })
      await page.getByRole('radio', { name: /Historical|1949–1955/ }).check()
      await page.getByRole('checkbox', { name: /Compare with today/ }).check()
      await page.getByRole('slider', { name: /Swipe position/ }).waitFor()
      await page.waitForTimeout(1500)
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-swipe-phone-en.png` })
      await page.getByRole('radio', { name: 'OpenStreetMap' }).check()
      await expect(
        page.getByRole('status').filter({ hasText: 'is not answering' }).innerText(),
      ).resolves.toContain('offline background')
      await page.screenshot({ path: `${SCREENSHOTS}/basemaps-fallback-phone-en.png` })
    },
    SLOW,
  )
})
