import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { waitForMapIdle } from './support/map-page.ts'
import { seriousAxeViolations } from './support/session-page.ts'

// Issue 11 §3: a layer exported from the map, for the view or whole, with the download's progress, on a
// desk in French and on a phone in English.

const SHOTS = process.env.E2E_SCREENSHOT_DIR ?? '/tmp/exports'
let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
const appUrl = () => `${inject('baseUrl')}/app/`
/** Around Lens and Liévin: a view that holds some of the shafts, not all of them. */
const LENS_VIEW = '?carte=12/50.4300/2.8000'

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.context.newPage()
})
afterAll(() => browser.close())

/** Opens the layers panel (a button on narrow screens) and the export dialog from it. */
async function openExport(layersButton: string, openLabel: string, heading: string) {
  const open = page.getByRole('button', { name: openLabel })
  if (!(await open.isVisible())) await page.getByRole('button', { name: layersButton }).click()
  await open.click()
  const dialog = page.getByRole('dialog', { name: heading })
  await dialog.waitFor()
  return dialog
}

describe('exporting a layer from the map', () => {
  it('downloads the shafts in view as a French CSV in Lambert-93 on a desk', async () => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto(`${appUrl()}${LENS_VIEW}`)
    await waitForMapIdle(page)
    const dialog = await openExport('Couches', 'Exporter…', 'Exporter une couche')
    await dialog
      .getByLabel('Couche', { exact: true })
      .selectOption({ label: 'Anciens puits de mines (masquée)' })
    await dialog.getByRole('radio', { name: 'Vue actuelle de la carte' }).check()
    await dialog.getByRole('radio', { name: 'CSV (tableur)' }).check()
    await dialog.getByRole('radio', { name: 'Lambert-93 (EPSG:2154)' }).check()
    await dialog.getByRole('radio', { name: /Tableur français/ }).check()
    expect(await seriousAxeViolations(page, '.export-dialog')).toEqual([])
    await page.screenshot({ path: `${SHOTS}/export-desk-fr.png` })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Télécharger' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('puits-de-mines.csv')
    const text = await readFile((await download.path()) ?? '', 'utf8')
    expect(text.startsWith('\uFEFFIdentifiant;')).toBe(true)
    const rows = text.trim().split('\n').length - 1
    const status = dialog.getByRole('status')
    await expect(status.innerText()).resolves.toMatch(/Fichier puits-de-mines\.csv enregistré/)
    // The view holds some shafts, not the whole layer's 636; Lambert-93 metres, not degrees.
    expect(rows).toBeGreaterThan(0)
    expect(rows).toBeLessThan(636)
    expect(text).toMatch(/POINT\(6\d{5}(\.\d+)? 70\d{5}/)
    await page.screenshot({ path: `${SHOTS}/export-desk-fr-done.png` })
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    // The focus is back on the button that opened the dialog.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Exporter…')
  })

  it('downloads a whole layer as a GeoPackage on a phone in English', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(appUrl())
    await waitForMapIdle(page)
    await page.getByRole('button', { name: /English/ }).click()
    await page.getByRole('combobox', { name: 'Search' }).waitFor()
    const dialog = await openExport('Layers', 'Export…', 'Export a layer')
    await dialog.getByLabel('Layer', { exact: true }).selectOption({ label: 'Former mine shafts (hidden)' })
    await dialog.getByRole('radio', { name: 'Whole layer' }).check()
    await dialog.getByRole('radio', { name: 'GeoPackage (GIS)' }).check()
    await expect(dialog.getByRole('radio', { name: /French spreadsheet/ }).count()).resolves.toBe(0)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `${SHOTS}/export-phone-en.png` })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('puits-de-mines.gpkg')
    const bytes = await readFile((await download.path()) ?? '')
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3')
    await expect(dialog.getByRole('status').innerText()).resolves.toMatch(/File puits-de-mines\.gpkg saved/)
    await page.screenshot({ path: `${SHOTS}/export-phone-en-done.png` })
    await dialog.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: /Français/ }).click()
  })
})
