import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { REPORT_ZONE_SOURCE_ID } from '../src/map/layers/report-zone-layers.ts'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { SCREENSHOT_DIR, searchAndOpen, waitForMapIdle } from './support/map-page.ts'
import { accountButton, logIn, seriousAxeViolations } from './support/session-page.ts'

// Issue #4's "drawn location (point or polygon)": a partner reports on a zone drawn around the Fosse
// Delloye (Lewarde), vertex by vertex, and a self-crossing zone is refused with the API's reason in French.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let partner: TestAccount
const appUrl = () => `${inject('baseUrl')}/app/`
const TITLE = `Dépôt sauvage autour du carreau ${Date.now()}`

beforeAll(async () => {
  ;[partner] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
    { role: 'partner', displayName: 'E2E Zone', organisation: 'E2E Mairie de Lewarde' },
  ])) as [TestAccount]
  browser = await launchBrowser()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(appUrl())
  await waitForMapIdle(page)
  await logIn(page, partner)
})
afterAll(async () => {
  await browser?.close()
})

const reportForm = () => page.getByRole('region', { name: 'Signaler une menace' })

/** On a fresh page (still signed in), opens "Signaler un lieu" over the Fosse Delloye, as a zone. */
async function startZoneAtDelloye() {
  await page.goto(appUrl())
  await waitForMapIdle(page)
  await accountButton(page, partner).waitFor()
  await searchAndOpen(page, 'Lewarde')
  await waitForMapIdle(page)
  await page.getByRole('button', { name: 'Signaler un lieu' }).click()
  const form = reportForm()
  await form.waitFor()
  await form.getByRole('radio', { name: 'Zone (polygone)' }).check()
  // A zone has no pin.
  await expect(page.getByRole('img', { name: /Emplacement du signalement/ }).count()).resolves.toBe(0)
  return form
}

/** Clicks the map at offsets (in pixels) from its centre. */
async function clickMap(offsets: [number, number][]) {
  const box = await page.getByTestId('map').boundingBox()
  if (!box) throw new Error('no map')
  for (const [dx, dy] of offsets)
    await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy)
}

/** The geometry types the zone's source draws on the map. */
function drawnParts(): Promise<string[]> {
  return page.evaluate((source) => {
    const map = (window as unknown as { heritageWatchMap: import('maplibre-gl').Map }).heritageWatchMap
    return map
      .querySourceFeatures(source)
      .map((feature) => `${feature.properties.part}:${feature.geometry.type}`)
  }, REPORT_ZONE_SOURCE_ID)
}

describe('alerts: reporting on a drawn zone', () => {
  it('sends a zone of four clicked points with its context, and shows the new alert', async () => {
    const form = await startZoneAtDelloye()
    const status = form.getByRole('status').filter({ hasText: /zone/i })
    await expect(status.innerText()).resolves.toMatch(/aucun point/)

    await clickMap([
      [-60, -60],
      [60, -60],
      [60, 60],
      [-60, 60],
    ])
    await status.filter({ hasText: 'Zone en cours : 4 points' }).waitFor()
    // Drawn live, as an area with its four vertices, before it is finished; no context is asked yet.
    await page.waitForFunction((source) => {
      const map = (window as unknown as { heritageWatchMap: import('maplibre-gl').Map }).heritageWatchMap
      const parts = map.querySourceFeatures(source).map((feature) => feature.properties.part)
      return parts.includes('area') && parts.filter((part) => part === 'vertex').length >= 4
    }, REPORT_ZONE_SOURCE_ID)
    await expect(form.getByRole('region', { name: 'Contexte patrimonial' }).count()).resolves.toBe(0)

    await form.getByRole('button', { name: 'Terminer la zone' }).click()
    await status.filter({ hasText: 'Zone terminée : 4 points' }).waitFor()
    const context = form.getByRole('region', { name: 'Contexte patrimonial' })
    await context.waitFor()
    await expect(context.innerText()).resolves.toMatch(/Lewarde/)
    expect(await seriousAxeViolations(page, '#report-panel')).toEqual([])
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-alert-zone.png` })

    await form.getByLabel('Catégorie').selectOption({ index: 1 })
    await form.getByLabel('Gravité').selectOption({ label: 'Moyenne' })
    await form.getByLabel('Titre').fill(TITLE)
    await form.getByLabel('Description').fill('Gravats déposés le long de la clôture du carreau.')
    const created = page.waitForResponse(
      (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/alerts',
    )
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click()
    const response = await created
    expect(response.status()).toBe(201)
    const sent = response.request().postDataJSON() as {
      geometry: { type: string; coordinates: number[][][] }
    }
    expect(sent.geometry.type).toBe('Polygon')
    const ring = sent.geometry.coordinates[0] ?? []
    expect(ring).toHaveLength(5)
    expect(ring[4]).toEqual(ring[0])
    await expect(response.json()).resolves.toMatchObject({ geometry: { type: 'Polygon' } })

    const alert = page.getByRole('region', { name: new RegExp(TITLE) })
    await alert.waitFor()
    await expect(alert.innerText()).resolves.toMatch(/Nouvelle/)
    await expect(alert.innerText()).resolves.toMatch(/Lewarde/)
    // The form is closed: the zone is no longer drawn.
    await page.waitForFunction(
      (source) =>
        (
          window as unknown as { heritageWatchMap: import('maplibre-gl').Map }
        ).heritageWatchMap.querySourceFeatures(source).length === 0,
      REPORT_ZONE_SOURCE_ID,
    )
  })

  it('names a self-crossing zone’s mistake in French; Backspace and Enter work on the map', async () => {
    const form = await startZoneAtDelloye()
    const status = form.getByRole('status').filter({ hasText: /zone/i })
    // The keyboard way for the first vertex, then a bow tie: its sides from the centre and back cross.
    await form.getByRole('button', { name: 'Ajouter un point au centre de la carte' }).click()
    await status.filter({ hasText: 'Zone en cours : 1 point ' }).waitFor()
    await clickMap([
      [60, 60],
      [60, 0],
      [0, 60],
      [-80, -80],
    ])
    await status.filter({ hasText: 'Zone en cours : 5 points' }).waitFor()
    const canvas = page.locator('canvas.maplibregl-canvas')
    await canvas.focus()
    await canvas.press('Backspace')
    await status.filter({ hasText: 'Zone en cours : 4 points' }).waitFor()
    const refused = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/alerts/preview' && response.status() === 400,
    )
    await canvas.press('Enter')
    await status.filter({ hasText: 'Zone terminée : 4 points' }).waitFor()
    // Refused by PostGIS for the crossing, not for anything else that is also `geometry_invalid`.
    const problem = (await (await refused).json()) as { 'invalid-params': { code: string; reason: string }[] }
    expect(problem['invalid-params'][0]).toMatchObject({
      code: 'geometry_invalid',
      reason: expect.stringMatching(/self-intersection/i),
    })

    const error = form.getByRole('alert').filter({ hasText: /se recoupe/ })
    await error.waitFor()
    await expect(error.innerText()).resolves.toMatch(/^Emplacement : la géométrie n’est pas valide/)
    await expect(form.getByRole('region', { name: 'Contexte patrimonial' }).count()).resolves.toBe(0)

    // "Effacer" starts again; the map no longer draws the old zone.
    await form.getByRole('button', { name: /^Effacer/ }).click()
    await status.filter({ hasText: 'aucun point' }).waitFor()
    await expect.poll(drawnParts).toEqual([])
    await page.keyboard.press('Escape')
    await expect(reportForm().count()).resolves.toBe(0)
  })
})
