import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { featurePanel, SCREENSHOT_DIR, waitForMapIdle } from './support/map-page.ts'
import { logIn, openFromAccountMenu, seriousAxeViolations } from './support/session-page.ts'

// Issue #10 §3 in a browser: an officer opens the ERBM dashboard, filters and sorts it, dates a phase and
// records an opinion on the Cité n°9 de Lens, and finds both in the dashboard's line for the cité.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let officer: TestAccount
const appUrl = () => `${inject('baseUrl')}/app/`
const CITE = 'Cité n°9 de Lens'
const CITE_ID = '219'
const OPINION_TEXT = `Menuiseries à reprendre en bois, teinte d’origine ${Date.now()}`

const sheet = () => page.getByRole('region', { name: 'Tableau de bord ERBM' })
const citeRow = (): Locator =>
  sheet()
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: CITE }) })

beforeAll(async () => {
  ;[officer] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
    { role: 'officer', displayName: 'E2E Chargée ERBM' },
  ])) as [TestAccount]
  browser = await launchBrowser()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 800 })
})
afterAll(async () => {
  await browser?.close()
})

describe('the ERBM dashboard', () => {
  it('opens from the account menu with the 59 cités, the priority flag unknown and how to load it', async () => {
    await page.goto(appUrl())
    await waitForMapIdle(page)
    await logIn(page, officer)
    await openFromAccountMenu(page, officer, 'Tableau de bord ERBM')
    await sheet().getByRole('status').filter({ hasText: '59 cités' }).waitFor()
    expect(await sheet().getByText('npm run data:priorites-erbm').count()).toBe(1)
    expect(new URL(page.url()).hash).toBe('#vue=erbm')
    expect(await seriousAxeViolations(page, '#erbm-sheet')).toEqual([])
  })

  it('filters on a commune and sorts on the name', async () => {
    await sheet().getByLabel('Commune').fill('lens')
    await sheet().getByRole('button', { name: 'Filtrer' }).click()
    // The table keeps the 59 lines while the filtered ones load.
    await sheet().getByRole('status').filter({ hasNotText: '59 cités' }).waitFor()
    await citeRow().waitFor()
    const count = await sheet().getByRole('status').innerText()
    expect(Number(count.match(/\d+/)?.[0])).toBeLessThan(59)
    const header = sheet().getByRole('columnheader', { name: /Cité/ })
    expect(await header.getAttribute('aria-sort')).toBe('ascending')
    await header.getByRole('button').click()
    await page.waitForFunction(() =>
      document.querySelector('#erbm-sheet th[aria-sort="descending"]')?.textContent?.includes('Cité'),
    )
    // The lines are sorted by the API: the table shows the new order once it has arrived.
    const names = () => sheet().locator('tbody th').allInnerTexts()
    const descending = (list: string[]) =>
      [...list].sort((a, b) => b.localeCompare(a, 'fr', { numeric: true, sensitivity: 'base' }))
    await expect.poll(async () => (await names())[0]).toBe(CITE)
    expect(await names()).toEqual(descending(await names()))
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'erbm-dashboard-desktop.png') })
  })

  it('dates a phase and records an opinion on the cité', async () => {
    await citeRow().getByRole('button', { name: CITE }).click()
    await sheet().getByRole('heading', { name: CITE }).waitFor()

    await sheet().getByText('Dater une phase').click()
    const phaseForm = sheet().getByRole('form', { name: 'Dater une phase' })
    await phaseForm.getByLabel('Phase').selectOption({ label: 'Travaux' })
    await phaseForm.getByLabel('Début').fill('2026-09-01')
    await phaseForm.getByRole('button', { name: 'Enregistrer' }).click()
    await phaseForm.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor()
    const current = sheet().locator('.erbm-phases tr[aria-current="step"]')
    expect(await current.innerText()).toMatch(/Travaux\s+1 sept\. 2026/)

    await sheet().getByText('Ajouter un avis').click()
    const opinionForm = sheet().getByRole('form', { name: 'Ajouter un avis' })
    await opinionForm.getByLabel('Date de l’avis').fill('2026-10-15')
    await opinionForm.getByLabel('Objet').selectOption({ label: 'Façades' })
    await opinionForm.getByLabel('Sens de l’avis').selectOption({ label: 'Favorable avec réserves' })
    await opinionForm.getByLabel('Texte de l’avis').fill(OPINION_TEXT)
    await opinionForm.getByRole('button', { name: 'Ajouter' }).click()
    await sheet().getByRole('paragraph').filter({ hasText: OPINION_TEXT }).waitFor()
    // The form is empty again once the opinion shows, ready for the next one.
    await expect.poll(() => opinionForm.getByLabel('Texte de l’avis').inputValue()).toBe('')
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'erbm-follow-up-desktop.png'), fullPage: true })
  })

  it('shows the new phase and the opinion in the dashboard’s line for the cité', async () => {
    await sheet()
      .getByRole('button', { name: /Retour au tableau/ })
      .click()
    const row = citeRow()
    await row.filter({ hasText: 'Favorable avec réserves' }).waitFor()
    const text = await row.innerText()
    expect(text).toMatch(/Travaux/)
    expect(text).toMatch(/depuis le 1 sept\. 2026/)
    expect(text).toMatch(/Façades · 15 oct\. 2026/)
  })

  it('shows the follow-up in the cité’s record', async () => {
    // The record of the cité of the ERBM layer (the property's layer of cités has one of the same name).
    await page.goto(`${appUrl()}?objet=cites-erbm/${CITE_ID}`)
    const record = featurePanel(page)
    const section = record.getByRole('region', { name: 'Suivi ERBM' })
    await section.getByText(OPINION_TEXT).waitFor()
    expect(await section.locator('tr[aria-current="step"]').innerText()).toMatch(/Travaux/)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'erbm-record-desktop.png') })
    await openFromAccountMenu(page, officer, 'Tableau de bord ERBM')
  })

  it('is usable on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await citeRow().waitFor()
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'erbm-dashboard-phone.png') })
    await citeRow().getByRole('button', { name: CITE }).click()
    await sheet().getByRole('heading', { name: CITE }).waitFor()
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'erbm-follow-up-phone.png'), fullPage: true })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
