import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { alertsApi } from './support/alerts-api.ts'
import { SCREENSHOT_DIR, searchAndOpen, waitForMapIdle } from './support/map-page.ts'
import { logIn, openFromAccountMenu } from './support/session-page.ts'

// Issue #11 §7, the desk: a bulk change offers only the moves every selected alert allows and names the
// alerts that block the others, then says it is done; an alert created meanwhile is highlighted and
// announced; the commune filter takes the start of a name without accents; a search result closes an
// open alert; on a phone the layers give way to the desk. The alerts are synthetic test alerts on real
// terrils of Loos-en-Gohelle, tagged so that the desk is filtered down to this suite's own.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let officer: TestAccount
let partnerAlerts: Awaited<ReturnType<typeof alertsApi>>
const TAG = `lot${Date.now().toString(36)}`
const titles = { first: `${TAG} ravine A`, second: `${TAG} ravine B`, live: `${TAG} arrivée en direct` }
const appUrl = () => `${inject('baseUrl')}/app/`
const desk = () => page.getByRole('region', { name: 'Bureau des alertes' })
const row = (title: string) => desk().getByRole('row').filter({ hasText: title })
const reference = async (title: string) => (await row(title).locator('.desk-reference').innerText()).trim()

async function filterDesk(fields: { text?: string; commune?: string }) {
  await desk()
    .getByLabel('Texte', { exact: true })
    .fill(fields.text ?? '')
  await desk()
    .getByRole('textbox', { name: /^Commune/ })
    .fill(fields.commune ?? '')
  await desk().getByRole('button', { name: 'Filtrer' }).click()
}

beforeAll(async () => {
  const [partner, created] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
    { role: 'partner', displayName: 'E2E Partenaire lot', organisation: 'E2E Mairie de Loos-en-Gohelle lot' },
    { role: 'officer', displayName: 'E2E Agent lot' },
  ])) as [TestAccount, TestAccount]
  officer = created
  partnerAlerts = await alertsApi(inject('baseUrl'), partner)
  await partnerAlerts.create(titles.first, { collection: 'terrils', id: '74' })
  const second = await partnerAlerts.create(titles.second, { collection: 'terrils', id: '74A' })
  await (await alertsApi(inject('baseUrl'), officer)).move(second, 'prise_en_compte')
  browser = await launchBrowser()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1440, height: 900 })
})
afterAll(async () => {
  await browser?.close()
})

describe('the desk (issue #11 §7)', () => {
  it('offers only the moves every selected alert allows, and names the alerts that block the others', async () => {
    await page.goto(appUrl())
    await waitForMapIdle(page)
    await logIn(page, officer)
    await openFromAccountMenu(page, officer, 'Bureau des alertes')
    await filterDesk({ text: TAG })
    // The unfiltered first page shows these new alerts too: wait until the filter's answer replaced it.
    await row(titles.second).waitFor()
    await expect.poll(() => desk().getByRole('row').count(), { timeout: 15_000 }).toBe(3)
    const [first, second] = [await reference(titles.first), await reference(titles.second)]

    await row(titles.first).getByRole('checkbox').check()
    await row(titles.second).getByRole('checkbox').check()
    const bulk = desk().locator('form.desk-bulk')
    const options = await bulk.getByLabel('Nouveau statut').locator('option').allInnerTexts()
    expect(options).toEqual(['— Choisir —', 'Rejetée'])
    const blocked = await bulk.locator('.desk-bulk-blocked').innerText()
    expect(blocked).toContain(`« Prise en compte » : bloqué par ${second} (Prise en compte)`)
    expect(blocked).toContain(`« En cours » : bloqué par ${first} (Nouvelle)`)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-desk-bulk-blocked.png` })
  })

  it('moves the alerts a move allows and says so in a live region', async () => {
    await row(titles.second).getByRole('checkbox').uncheck()
    const bulk = desk().locator('form.desk-bulk')
    await bulk.getByLabel('Nouveau statut').selectOption({ label: 'Prise en compte' })
    await bulk.getByRole('button', { name: 'Appliquer à 1 alerte' }).click()
    const notice = desk().locator('.desk-notice')
    await notice.filter({ hasText: '1 alerte passée à « Prise en compte ».' }).waitFor()
    await expect(notice.getAttribute('role')).resolves.toBe('status')
    await row(titles.first).filter({ hasText: 'Prise en compte' }).waitFor()
    await expect(bulk.count()).resolves.toBe(0)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-desk-bulk-done.png` })
  })

  it('highlights and announces an alert created while the desk is open', async () => {
    await partnerAlerts.create(titles.live, { collection: 'terrils', id: '74' })
    const fresh = row(titles.live)
    await fresh.waitFor({ timeout: 15_000 })
    await expect(fresh.getAttribute('class')).resolves.toContain('desk-row-fresh')
    await expect(fresh.innerText()).resolves.toMatch(/Nouvelle/)
    await desk()
      .locator('.desk-notice')
      .filter({ hasText: /1 nouvelle alerte est arrivée/ })
      .waitFor()
    // Only the new one is highlighted.
    expect((await row(titles.first).getAttribute('class')) ?? '').not.toContain('desk-row-fresh')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-desk-live.png` })
  })

  it('filters on the start of a commune’s name, without case or accents', async () => {
    await filterDesk({ text: TAG, commune: 'LÔOS-en' })
    await row(titles.live).waitFor()
    await expect.poll(() => desk().getByRole('row').count(), { timeout: 15_000 }).toBe(4)
    await filterDesk({ text: TAG, commune: 'gohelle' })
    await desk().getByText('Aucune alerte ne correspond à ces filtres.').waitFor()
    await filterDesk({ text: TAG })
    await row(titles.live).waitFor()
  })

  it('closes an open alert when a search result is chosen, so that the record asked for shows', async () => {
    await row(titles.first)
      .getByRole('button', { name: new RegExp(titles.first) })
      .click()
    await page.getByRole('region', { name: new RegExp(titles.first) }).waitFor()
    expect(new URL(page.url()).hash).toContain('alerte=')
    const record = await searchAndOpen(page, '74A')
    await expect(record.innerText()).resolves.toMatch(/^11\/19 de Lens Ouest/)
    await expect(page.getByRole('region', { name: new RegExp(titles.first) }).count()).resolves.toBe(0)
    expect(new URL(page.url()).hash).not.toContain('alerte=')
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-desk-search-closes-alert.png` })
  })

  it('shows the desk in English, and on a phone the layers give way to it', async () => {
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('region', { name: 'Alerts desk' }).waitFor()
    // What the desk said is said again in English.
    await page.locator('.desk-notice').filter({ hasText: '1 new alert has arrived' }).waitFor()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-desk-en.png` })
    await page.getByRole('button', { name: 'Français' }).click()

    await page.setViewportSize({ width: 390, height: 844 })
    await openFromAccountMenu(page, officer, 'Bureau des alertes')
    await page.getByRole('button', { name: 'Couches' }).click()
    await page.locator('#layers-panel').waitFor()
    // Reopened from the menu, the desk takes the screen and the layers panel closes.
    await page.evaluate(() => {
      window.location.hash = ''
    })
    await openFromAccountMenu(page, officer, 'Bureau des alertes')
    await desk().waitFor()
    await expect(page.locator('#layers-panel').count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: 'Couches' }).getAttribute('aria-expanded')).resolves.toBe(
      'false',
    )
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-desk-phone.png` })
  })
})
