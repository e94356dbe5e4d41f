import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { adminSession, createTestAccounts, type TestAccount } from './support/accounts.ts'
import { alertsApi } from './support/alerts-api.ts'
import { SCREENSHOT_DIR, searchAndOpen, waitForMapIdle } from './support/map-page.ts'
import { logIn, openFromAccountMenu } from './support/session-page.ts'

// Issue 13 §6: a stored alert title and comment carrying markup are shown as text on the desk, in the
// record and on the alert's page: no element is made of them and none of their scripts runs. The
// payloads count into window.__xss if they ever run; a dialog would be caught too. Synthetic test alert
// on the real terril 74A (Loos-en-Gohelle), tagged so that this suite finds its own.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let officer: TestAccount
let alertId: string
const dialogs: string[] = []
const TAG = `xss${Date.now().toString(36)}`
const TITLE = `${TAG} <img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=(window.__xss||0)+1</script>`
const COMMENT = `<b>gras?</b><svg onload="window.__xss=(window.__xss||0)+1"></svg> ${TAG}`
const appUrl = () => `${inject('baseUrl')}/app/`

/** What the markup would have made, had it been parsed: elements, and a count of scripts that ran. */
async function injected(target: Page) {
  return target.evaluate(() => ({
    ran: (window as unknown as { __xss?: number }).__xss ?? 0,
    elements:
      document.querySelectorAll('img[src="x"], svg[onload]').length +
      [...document.scripts].filter((script) => script.text.includes('__xss')).length,
  }))
}

beforeAll(async () => {
  const [partner, created] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
    { role: 'partner', displayName: 'E2E Partenaire balises', organisation: 'E2E Mairie balises' },
    { role: 'officer', displayName: 'E2E Agent balises' },
  ])) as [TestAccount, TestAccount]
  officer = created
  alertId = await (
    await alertsApi(inject('baseUrl'), partner)
  ).create(TITLE, { collection: 'terrils', id: '74A' })
  const post = await adminSession(inject('baseUrl'), { email: officer.email, password: officer.password })
  await post(`/alerts/${alertId}/comments`, { body: COMMENT })
  browser = await launchBrowser()
  page = await browser.context.newPage()
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.setViewportSize({ width: 1440, height: 900 })
})
afterAll(async () => {
  await browser?.close()
})

describe('stored markup is shown as text (issue 13 §6)', () => {
  it('on the desk', async () => {
    await page.goto(appUrl())
    await waitForMapIdle(page)
    await logIn(page, officer)
    await openFromAccountMenu(page, officer, 'Bureau des alertes')
    const desk = page.getByRole('region', { name: 'Bureau des alertes' })
    await desk.getByLabel('Texte', { exact: true }).fill(TAG)
    await desk.getByRole('button', { name: 'Filtrer' }).click()
    const row = desk.getByRole('row').filter({ hasText: TAG })
    await row.waitFor({ timeout: 15_000 })
    expect(await row.innerText()).toContain(TITLE)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-stored-markup-desk.png` })
    expect(await injected(page)).toEqual({ ran: 0, elements: 0 })
  })

  it('on the alert’s page, comment included', async () => {
    await page.goto(`${appUrl()}#alerte=${alertId}`)
    const alert = page.getByRole('region', { name: new RegExp(TAG) })
    await alert.waitFor({ timeout: 15_000 })
    await alert.getByText(COMMENT).waitFor({ timeout: 15_000 })
    expect(await alert.innerText()).toContain(TITLE)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-stored-markup-alert.png` })
    expect(await injected(page)).toEqual({ ran: 0, elements: 0 })
  })

  it('in the record of the feature it names', async () => {
    await page.goto(appUrl())
    await waitForMapIdle(page)
    const record = await searchAndOpen(page, '74A')
    await record.getByText(TITLE).first().waitFor({ timeout: 15_000 })
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-stored-markup-record.png` })
    expect(await injected(page)).toEqual({ ran: 0, elements: 0 })
    expect(dialogs).toEqual([])
  })

  it('on the alert’s page on a phone, in English', async () => {
    const phone = await browser.context.newPage()
    phone.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    // Set before the app starts: the app keeps the language it was last shown in.
    await phone.addInitScript(() => localStorage.setItem('heritage-watch:language', 'en'))
    await phone.setViewportSize({ width: 390, height: 844 })
    await phone.goto(`${appUrl()}#alerte=${alertId}`)
    const alert = phone.getByRole('region', { name: new RegExp(TAG) })
    await alert.getByText(COMMENT).waitFor({ timeout: 15_000 })
    expect(await alert.innerText()).toContain(TITLE)
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-stored-markup-alert-phone-en.png` })
    expect(await injected(phone)).toEqual({ ran: 0, elements: 0 })
    expect(dialogs).toEqual([])
    await phone.close()
  })
})
