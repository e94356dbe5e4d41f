import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { featurePanel, SCREENSHOT_DIR, waitForMapIdle } from './support/map-page.ts'
import { logIn, seriousAxeViolations } from './support/session-page.ts'

// Issue #10 §5: the shared indicators for Lens, by a visitor (guarded figures) and by an officer (exact
// ones), each chart with its table, on a desktop screen and a phone; and for a zone drawn over Lens.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let officer: TestAccount
const appUrl = () => `${inject('baseUrl')}/app/`
/** The centre of Lens, close enough for a zone drawn by a few clicks to lie in the commune. */
const LENS_VIEW = '?carte=14/50.4310/2.8300'
/** Amiens, well outside the basin. */
const OUTSIDE_VIEW = '?carte=14/49.8940/2.2960'
const sheet = () => page.getByRole('region', { name: 'Indicateurs de suivi partagés' })

/** Opens the dashboard from the header and chooses the commune of Lens. */
async function openLens() {
  await page.goto(appUrl())
  await waitForMapIdle(page)
  await page.getByRole('button', { name: 'Indicateurs', exact: true }).click()
  await sheet().waitFor()
  await sheet().getByLabel('Territoire').selectOption('commune')
  await sheet().getByLabel('Commune').fill('Lens')
  await sheet().getByRole('heading', { name: 'Lens', exact: true }).waitFor()
  // The charts are drawn once Observable Plot's chunk has arrived.
  await sheet().getByRole('img', { name: 'Graphique : Alertes par statut' }).waitFor()
}

beforeAll(async () => {
  ;[officer] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
    { role: 'officer', displayName: 'E2E Indicateurs' },
  ])) as [TestAccount]
  browser = await launchBrowser()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 800 })
})
afterAll(async () => {
  await browser?.close()
})

describe('the indicators dashboard', () => {
  it('shows a visitor the indicators of Lens as charts with their tables, small counts hidden', async () => {
    await openLens()
    expect(page.url()).toContain('#vue=indicateurs')
    await expect(
      sheet()
        .getByText(/tout nombre inférieur à 3 est masqué/)
        .isVisible(),
    ).resolves.toBe(true)
    expect(
      await sheet()
        .getByRole('img', { name: /^Graphique : / })
        .count(),
    ).toBeGreaterThanOrEqual(10)
    const statusTable = sheet().locator('details', { hasText: 'Résolue' }).first()
    await statusTable.locator('summary').click()
    await expect(statusTable.getByRole('row', { name: /Résolue/ }).isVisible()).resolves.toBe(true)
    await expect(
      sheet().getByRole('link', { name: 'Télécharger les chiffres (CSV)' }).getAttribute('href'),
    ).resolves.toContain('area=commune%3A62498')
    await expect(sheet().getByRole('heading', { name: 'Sites en péril' }).isVisible()).resolves.toBe(true)
    expect(await seriousAxeViolations(page, '#indicators-sheet')).toEqual([])
    await sheet().getByRole('img', { name: 'Graphique : Alertes par statut' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-indicators-lens.png` })
  })

  it('gives an officer the exact figures, and fits a phone', async () => {
    await page.goto(appUrl())
    await waitForMapIdle(page)
    await logIn(page, officer)
    await openLens()
    await expect(
      sheet()
        .getByText(/tout nombre inférieur à 3 est masqué/)
        .count(),
    ).resolves.toBe(0)
    await expect(sheet().getByText('< 3').count()).resolves.toBe(0)
    await page.setViewportSize({ width: 390, height: 844 })
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    // The charts are drawn again for the narrower width: the one found may be replaced under the locator,
    // so scrolling is retried until it lands on the chart as drawn for the phone.
    const chart = sheet().getByRole('img', { name: 'Graphique : Alertes par gravité' })
    await expect
      .poll(
        () =>
          chart.scrollIntoViewIfNeeded({ timeout: 2000 }).then(
            () => true,
            () => false,
          ),
        {
          timeout: 15_000,
        },
      )
      .toBe(true)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-indicators-phone.png` })
  })

  it('computes the indicators of a zone drawn on the map over Lens, with the mouse and the keyboard', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`${appUrl()}${LENS_VIEW}`)
    await waitForMapIdle(page)
    await page.getByRole('button', { name: 'Indicateurs', exact: true }).click()
    await sheet().waitFor()
    await sheet().getByLabel('Territoire').selectOption('polygone')
    await sheet()
      .getByText(/Aucune zone dessinée/)
      .waitFor()
    await sheet().getByRole('button', { name: 'Dessiner une zone sur la carte' }).click()

    // The sheet steps aside; the bar says how to draw and takes the focus.
    const bar = page.getByRole('region', { name: 'Dessin de la zone des indicateurs' })
    await bar.waitFor()
    await expect(sheet().isVisible()).resolves.toBe(false)
    await expect(bar.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    // Below the bar, which covers the map's top; with the centre added last, the zone is a chevron.
    await page.mouse.click(centre.x - 160, centre.y + 40)
    await page.mouse.click(centre.x, centre.y + 220)
    // Two points are not a zone: "finish" (aria-disabled, still pressable) says so and the drawing goes on.
    await bar.getByRole('button', { name: 'Terminer' }).click({ force: true })
    await bar.getByText('Il faut au moins 3 points distincts pour former une zone.').waitFor()
    await page.mouse.click(centre.x + 160, centre.y + 40)
    // The keyboard's way: a point at the map's centre.
    await bar.getByRole('button', { name: 'Ajouter le centre de la carte' }).click()
    await bar.getByText('4 points (3 au moins pour terminer).').waitFor()
    // A click on the map draws: it opens no record.
    await expect(featurePanel(page).count()).resolves.toBe(0)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-indicators-drawing.png` })

    const polygonRequest = page.waitForRequest((request) =>
      /\/indicators\?area=polygone&polygon=/.test(request.url()),
    )
    await bar.getByRole('button', { name: 'Terminer' }).click()
    const polygon = JSON.parse(
      new URL((await polygonRequest).url()).searchParams.get('polygon')!,
    ) as GeoJSON.Polygon
    expect(polygon.type).toBe('Polygon')
    expect(polygon.coordinates[0]).toHaveLength(5)
    expect(polygon.coordinates[0]![4]).toEqual(polygon.coordinates[0]![0])
    for (const [lon, lat] of polygon.coordinates[0]!) {
      expect(lon).toBeGreaterThan(2.8)
      expect(lon).toBeLessThan(2.86)
      expect(lat).toBeGreaterThan(50.41)
      expect(lat).toBeLessThan(50.45)
    }

    await sheet().getByRole('heading', { name: 'Polygone dessiné', exact: true }).waitFor()
    await sheet().getByRole('img', { name: 'Graphique : Alertes par statut' }).waitFor()
    await expect(bar.count()).resolves.toBe(0)
    await expect(sheet().getByText('Zone dessinée : 4 sommets.').isVisible()).resolves.toBe(true)
    await expect(
      sheet().getByRole('link', { name: 'Télécharger les chiffres (CSV)' }).getAttribute('href'),
    ).resolves.toContain('area=polygone&polygon=')
    // The zone stays on the map, beside the sheet, while its indicators are shown.
    const drawn = await page.evaluate(() => document.querySelector('#indicators-draw')?.textContent)
    expect(drawn).toBe('Redessiner la zone')
    expect(await seriousAxeViolations(page, '#indicators-sheet')).toEqual([])
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-indicators-zone.png` })

    // Escape gives a new drawing up and keeps the zone; "clear" removes it and asks nothing more.
    await sheet().getByRole('button', { name: 'Redessiner la zone' }).click()
    await bar.waitFor()
    await page.keyboard.press('Escape')
    await sheet().waitFor()
    await expect(sheet().getByText('Zone dessinée : 4 sommets.').isVisible()).resolves.toBe(true)
    await sheet().getByRole('button', { name: 'Effacer la zone' }).click()
    await sheet()
      .getByText(/Aucune zone dessinée/)
      .waitFor()
    await expect(sheet().getByRole('heading', { name: 'Polygone dessiné' }).count()).resolves.toBe(0)

    // On a phone, from a link to the dashboard: the bar at the map's foot leaves the map to draw on. The
    // zone is drawn over Amiens, outside the basin: the API's refusal is said as such.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${appUrl()}${OUTSIDE_VIEW}#vue=indicateurs`)
    await waitForMapIdle(page)
    await sheet().getByLabel('Territoire').selectOption('polygone')
    await sheet().getByRole('button', { name: 'Dessiner une zone sur la carte' }).click()
    await bar.waitFor()
    const phoneBox = (await page.locator('.maplibregl-canvas').boundingBox())!
    const phoneCentre = { x: phoneBox.x + phoneBox.width / 2, y: phoneBox.y + phoneBox.height / 2 }
    await page.mouse.click(phoneCentre.x - 80, phoneCentre.y - 120)
    await page.mouse.click(phoneCentre.x + 80, phoneCentre.y - 120)
    await bar.getByRole('button', { name: 'Ajouter le centre de la carte' }).click()
    await bar.getByText('3 points (3 au moins pour terminer).').waitFor()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-indicators-drawing-phone.png` })
    await bar.getByRole('button', { name: 'Terminer' }).click()
    await sheet()
      .getByRole('alert')
      .getByText('La zone dessinée doit être dans le bassin minier : redessinez-la.')
      .waitFor()
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
  })
})
