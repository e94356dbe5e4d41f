import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { SCREENSHOT_DIR, waitForMapIdle } from './support/map-page.ts'
import { logIn, seriousAxeViolations } from './support/session-page.ts'

// Issue #10 §5: the shared indicators for Lens, by a visitor (guarded figures) and by an officer (exact
// ones), each chart with its table, on a desktop screen and a phone.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let officer: TestAccount
const appUrl = () => `${inject('baseUrl')}/app/`
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
    await sheet().getByRole('img', { name: 'Graphique : Alertes par gravité' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-indicators-phone.png` })
  })
})
