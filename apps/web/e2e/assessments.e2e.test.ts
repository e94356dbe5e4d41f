import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CONDITION_COLOURS, conditionLayerId } from '../src/map/layers/condition-layers.ts'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { featurePanel, SCREENSHOT_DIR, waitForMapIdle } from './support/map-page.ts'
import { logIn, seriousAxeViolations } from './support/session-page.ts'

// Issue #10 §2 in a browser: an officer records a constat d'état on terril 74A (collection `terrils`),
// sees it as the record's latest state, then switches the map to the "état" style, where 74A takes the
// colour of its condition.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let officer: TestAccount
const NOTE = `Fumerolles sur le flanc nord ${Date.now()}`
const recordUrl = () => `${inject('baseUrl')}/app/?objet=terrils/74A`

beforeAll(async () => {
  ;[officer] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
    { role: 'officer', displayName: 'E2E Chargée de mission constats' },
  ])) as [TestAccount]
  browser = await launchBrowser()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 800 })
})
afterAll(async () => {
  await browser?.close()
})

describe('constats d’état: an officer records one on terril 74A', () => {
  it('records a constat from the record and shows it as the latest state', async () => {
    await page.goto(recordUrl())
    await waitForMapIdle(page)
    await logIn(page, officer)
    const record = featurePanel(page)
    const section = record.getByRole('region', { name: 'État du site (constats)' })
    await section.waitFor()
    await section.getByRole('button', { name: 'Enregistrer un constat' }).click()
    const form = section.getByRole('form', { name: 'Nouveau constat' })
    await form.getByLabel('État', { exact: true }).selectOption({ label: 'Très mauvais' })
    await form.getByLabel('Tendance', { exact: true }).selectOption({ label: 'En dégradation' })
    await form.getByLabel('Occupation', { exact: true }).selectOption({ label: 'Sans objet' })
    await form.getByLabel('Priorité', { exact: true }).selectOption('A')
    await form.getByRole('checkbox', { name: 'Combustion interne (terril)' }).check()
    await form.getByLabel('Observations', { exact: true }).fill(NOTE)
    await form.getByLabel(/^Photos/).setInputFiles({
      name: 'flanc-nord.png',
      mimeType: 'image/png',
      buffer: await page.screenshot({ clip: { x: 0, y: 0, width: 16, height: 16 } }),
    })
    await form.getByRole('button', { name: 'Enregistrer le constat' }).click()

    const entry = section.getByRole('listitem').filter({ hasText: NOTE })
    await entry.waitFor()
    await expect(entry.innerText()).resolves.toMatch(/Très mauvais/)
    await expect(entry.getByRole('img', { name: 'flanc-nord.png' }).count()).resolves.toBe(1)
    const latest = section.getByRole('definition').first()
    await expect(latest.innerText()).resolves.toMatch(/Très mauvais/)
    expect(await seriousAxeViolations(page, '#record-panel')).toEqual([])
    await section.getByRole('heading', { name: 'État du site (constats)' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-assessment-record.png` })
  })

  it('colours 74A by its latest condition in the "état" style', async () => {
    const toggle = page.getByRole('checkbox', { name: /Colorer les sites selon leur état/ })
    if (!(await toggle.isVisible())) await page.getByRole('button', { name: 'Couches' }).click()
    await toggle.check()
    const layer = conditionLayerId('terrils', 'fill')
    await page.waitForFunction(
      (id) => {
        const map = (window as unknown as { heritageWatchMap?: import('maplibre-gl').Map }).heritageWatchMap
        return (map?.queryRenderedFeatures({ layers: [id] }) ?? []).some((f) => f.properties.id === '74A')
      },
      layer,
      { timeout: 30_000 },
    )
    // The colour the style gives 74A is the very bad condition's.
    const colour = await page.evaluate((id) => {
      const map = (window as unknown as { heritageWatchMap: import('maplibre-gl').Map }).heritageWatchMap
      const match = map.getPaintProperty(id, 'fill-color') as unknown[]
      const at = match.indexOf('74A')
      return at > 0 ? match[at + 1] : null
    }, layer)
    expect(colour).toBe(CONDITION_COLOURS.tres_mauvais)
    await expect(page.getByText('Très mauvais', { exact: true }).first().isVisible()).resolves.toBe(true)
    await waitForMapIdle(page)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-assessment-etat.png` })

    // Off again: the layers' own colours come back.
    await toggle.uncheck()
    const remaining = await page.evaluate((id) => {
      const map = (window as unknown as { heritageWatchMap: import('maplibre-gl').Map }).heritageWatchMap
      return map.getLayer(id) !== undefined
    }, layer)
    expect(remaining).toBe(false)
  })

  it('is usable on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(recordUrl())
    await waitForMapIdle(page)
    const section = featurePanel(page).getByRole('region', { name: 'État du site (constats)' })
    await section.waitFor()
    await section.getByRole('button', { name: 'Enregistrer un constat' }).click()
    await section.getByRole('heading', { name: 'Nouveau constat' }).scrollIntoViewIfNeeded()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-assessment-phone.png`, fullPage: false })
  })
})
