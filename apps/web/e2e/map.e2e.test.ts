import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { seriousAxeViolations } from './support/session-page.ts'
import {
  SCREENSHOT_DIR,
  featurePanel,
  mapScreenshot,
  pixelDifference,
  searchAndOpen,
  waitForMapIdle,
} from './support/map-page.ts'

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
const appUrl = () => `${inject('baseUrl')}/app/`

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 800 })
})
afterAll(() => browser.close())

async function openFreshMap(url = appUrl()) {
  await page.goto(url)
  await waitForMapIdle(page)
}

describe('the map', () => {
  // What the map draws is compared with reference images in map-render.e2e.test.ts.
  it('reaches idle with the default layers, without page errors', async () => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await openFreshMap()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-map-default.png` })
    expect(errors).toEqual([])
    await expect(page.getByText('Licence Ouverte').first().isVisible()).resolves.toBe(true)
  })

  it('draws something else when a layer is switched off', async () => {
    await openFreshMap()
    const before = await mapScreenshot(page)
    const toggle = page.getByRole('checkbox', { name: /Zone tampon/ }).first()
    if (!(await toggle.isVisible())) await page.getByRole('button', { name: 'Couches' }).click()
    await expect(toggle.isChecked()).resolves.toBe(true)
    await toggle.uncheck()
    await waitForMapIdle(page)
    const after = await mapScreenshot(page)
    expect(await pixelDifference(page, before, after)).toBeGreaterThan(0.01)
    await toggle.check()
  })

  it('finds the Fosse Delloye by searching "Lewarde" and opens its record', async () => {
    await openFreshMap()
    const panel = await searchAndOpen(page, 'Lewarde')
    await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toMatch(/Delloye|Lewarde/)
    await expect(panel.innerText()).resolves.toContain('Lewarde')
  })

  it('finds terril 74A by its number, classé from the official perimeter, and opens the site from it', async () => {
    await openFreshMap()
    const panel = await searchAndOpen(page, '74A')
    await panel
      .getByText(/servitude AC2/)
      .first()
      .waitFor()
    const text = await panel.innerText()
    expect(text).toMatch(/74A/)
    expect(text).toMatch(/Classé : plus de la moitié dans le périmètre officiel/)
    expect(text).toMatch(/Dans le périmètre officiel du site classé, servitude AC2/)
    expect(text).not.toMatch(/probable/i)
    // The feature names its source by a short id (issue 12): the record shows what it stands for, linked.
    const source = panel.locator('.property').filter({ has: page.locator('dt', { hasText: /^Source$/ }) })
    const sourceLink = source.locator('dd a')
    await expect(sourceLink.innerText()).resolves.toMatch(/^Mission Bassin Minier Nord-Pas-de-Calais.* — \S/)
    await expect(sourceLink.getAttribute('href')).resolves.toMatch(/^https:\/\//)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-map-record.png` })
    await panel
      .getByRole('button', { name: /Voir terrils formant la chaîne des terrils/ })
      .first()
      .click()
    await page.getByRole('heading', { level: 2, name: /chaîne des terrils/ }).waitFor()
    const site = page.locator('.record-section').filter({ hasText: 'Objets des couches de la Mission' })
    await expect(site.innerText()).resolves.toMatch(/Terrils|74A/)
  })

  it('outlines the selected feature on the map', async () => {
    await openFreshMap()
    await searchAndOpen(page, '74A')
    await waitForMapIdle(page)
    // The selection layers of the terrils are shown and draw 74A (they once matched no selection at all).
    const drawn = await page.evaluate(() => {
      const map = (
        window as unknown as {
          heritageWatchMap: {
            getStyle(): { layers: { id: string }[] }
            getLayoutProperty(id: string, name: string): unknown
            queryRenderedFeatures(options: { layers: string[] }): { properties: Record<string, unknown> }[]
          }
        }
      ).heritageWatchMap
      const layers = map
        .getStyle()
        .layers.map((layer) => layer.id)
        .filter((id) => id.startsWith('selection/terrils/'))
      const shown = layers.filter((id) => map.getLayoutProperty(id, 'visibility') === 'visible')
      return {
        layers: layers.length,
        shown: shown.length,
        features: map.queryRenderedFeatures({ layers: shown }).length,
      }
    })
    expect(drawn.layers).toBeGreaterThan(0)
    expect(drawn.shown).toBe(drawn.layers)
    expect(drawn.features).toBeGreaterThan(0)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-map-selection.png` })
  })

  it('restores view, layers and selection from a link, and goes back', async () => {
    await openFreshMap()
    await searchAndOpen(page, '37B')
    await waitForMapIdle(page)
    const toggle = page.getByRole('checkbox', { name: /Zone tampon/ }).first()
    if (!(await toggle.isVisible())) await page.getByRole('button', { name: 'Couches' }).click()
    await toggle.uncheck()
    await waitForMapIdle(page)
    const link = page.url()
    const state = await page.evaluate(() => {
      const map = (
        window as unknown as {
          heritageWatchMap: { getZoom(): number; getCenter(): { lng: number; lat: number } }
        }
      ).heritageWatchMap
      return { zoom: map.getZoom(), center: map.getCenter() }
    })

    const other = await browser.context.newPage()
    await other.setViewportSize({ width: 1280, height: 800 })
    await other.goto(link)
    await waitForMapIdle(other)
    const restored = await other.evaluate(() => {
      const map = (
        window as unknown as {
          heritageWatchMap: { getZoom(): number; getCenter(): { lng: number; lat: number } }
        }
      ).heritageWatchMap
      return { zoom: map.getZoom(), center: map.getCenter() }
    })
    expect(restored.zoom).toBeCloseTo(state.zoom, 1)
    expect(restored.center.lng).toBeCloseTo(state.center.lng, 3)
    expect(restored.center.lat).toBeCloseTo(state.center.lat, 3)
    await expect(featurePanel(other).innerText()).resolves.toContain('37B')
    const restoredToggle = other.getByRole('checkbox', { name: /Zone tampon/ }).first()
    if (!(await restoredToggle.isVisible())) await other.getByRole('button', { name: 'Couches' }).click()
    await expect(restoredToggle.isChecked()).resolves.toBe(false)
    await other.close()

    // Back leaves the record that was opened last.
    await page.goBack()
    await expect(featurePanel(page).count()).resolves.toBe(0)
  })

  it('keeps the list view and the record free of serious accessibility violations', async () => {
    await openFreshMap()
    await searchAndOpen(page, 'Lewarde')
    await page.getByRole('button', { name: 'Liste' }).click()
    const list = page.getByRole('region', { name: 'Objets visibles' })
    await list.getByRole('button').first().waitFor()
    // Every named region: the list and, when open, the record and the layers.
    const regions = '[role="region"], section[aria-labelledby], section[aria-label]'
    expect(await seriousAxeViolations(page, regions)).toEqual([])
  })

  it('switches to English and works on a 360 px wide screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    await openFreshMap()
    await page.getByRole('button', { name: /English/ }).click()
    await page.getByRole('combobox', { name: 'Search' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-map-phone.png` })
    // The choice is remembered, and English (loaded on first use) is there before the first render.
    await page.reload()
    await page.getByRole('combobox', { name: 'Search' }).waitFor()
    await expect(page.getByRole('button', { name: 'Layers' }).count()).resolves.toBe(1)
    await page.getByRole('button', { name: /Français/ }).click()
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  it('opens the keyboard help with "?" and closes it with Escape', async () => {
    await openFreshMap()
    await page.locator('body').press('?')
    const help = page.getByRole('dialog', { name: 'Raccourcis clavier' })
    await help.waitFor()
    await page.keyboard.press('Escape')
    await expect(help.count()).resolves.toBe(0)
  })
})
