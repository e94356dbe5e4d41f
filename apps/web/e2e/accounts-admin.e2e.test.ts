import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { waitForMapIdle } from './support/map-page.ts'
import { logIn, openFromAccountMenu, seriousAxeViolations } from './support/session-page.ts'

// Issue 13 §4 in a browser: an admin changes an account's role and issues a password-reset link (desk,
// French); the user opens the link on a phone in English and sets a new password, which then logs in.
// The accounts are synthetic (test fixtures).

const SHOTS = '/tmp/accounts'
let browser: Awaited<ReturnType<typeof launchBrowser>>
let admin: TestAccount
let partner: TestAccount
const appUrl = () => `${inject('baseUrl')}/app/`
const NEW_PASSWORD = 'a new e2e password 2026'

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  ;[admin, partner] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
    { role: 'admin', displayName: 'E2E Admin' },
    { role: 'partner', displayName: 'E2E Changée', organisation: 'E2E Comptes' },
  ])) as [TestAccount, TestAccount]
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('account administration', () => {
  let resetUrl = ''

  it('lets an admin change a role and issue a reset link, shown once, with the keyboard', async () => {
    const page: Page = await browser.context.newPage()
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto(appUrl())
    await waitForMapIdle(page)
    await logIn(page, admin)
    await openFromAccountMenu(page, admin, 'Administration')
    const sheet = page.locator('#admin-sheet')
    const edit = sheet.getByRole('button', { name: `Modifier ${partner.displayName}` })
    await edit.focus()
    await page.keyboard.press('Enter')
    const form = sheet.getByRole('form', { name: `Modifier le compte de ${partner.displayName}` })
    await form.getByLabel('Rôle').selectOption({ label: 'Chargé de mission patrimoine' })
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    await sheet.getByText('Compte enregistré.').waitFor()
    const users = sheet.getByRole('region', { name: 'Comptes', exact: true })
    const row = users.getByRole('row').filter({ hasText: partner.email })
    expect(await row.innerText()).toContain('Chargé de mission patrimoine')

    await sheet.getByRole('button', { name: 'Émettre un lien de nouveau mot de passe' }).click()
    const link = sheet.getByLabel('Lien à transmettre')
    await link.waitFor()
    resetUrl = await link.inputValue()
    expect(resetUrl).toMatch(/\/app\/#reset=[\w-]{43}$/)
    // No SMTP server in this suite: the page says the link was not mailed.
    await sheet.getByText(/n’a pas été envoyé par e-mail/).waitFor()

    const actions = sheet.getByRole('region', { name: 'Actions d’administration' }).first()
    await actions.getByRole('rowheader', { name: 'Lien de mot de passe émis' }).first().waitFor()
    const changed = actions
      .getByRole('row')
      .filter({ hasText: partner.email })
      .filter({ hasText: 'Compte modifié' })
    expect(await changed.first().innerText()).toMatch(/rôle : Partenaire → Chargé de mission patrimoine/)
    await sheet.getByRole('region', { name: 'Connexions' }).getByText(admin.email).first().waitFor()
    expect(await seriousAxeViolations(page, '#admin-sheet')).toEqual([])
    await page.screenshot({ path: `${SHOTS}/admin-desk-fr.png` })
    await actions.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/admin-logs-desk-fr.png` })

    // On a phone, in English: the same sheet, its edit form and logs readable.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('button', { name: 'English' }).click()
    await sheet.getByRole('heading', { name: `Edit the account of ${partner.displayName}` }).waitFor()
    await sheet.getByRole('button', { name: 'Issue a new-password link' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/admin-edit-phone-en.png` })
    await sheet.getByRole('region', { name: 'Admin actions' }).first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/admin-logs-phone-en.png` })
    await page.close()
  })

  it('lets the user set a new password on the link’s page, on a phone in English, once', async () => {
    const page: Page = await browser.context.newPage()
    await page.addInitScript(() => localStorage.setItem('heritage-watch:language', 'en'))
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(resetUrl)
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor()
    await page.getByLabel('New password').fill('short')
    await page.getByRole('button', { name: 'Save the password' }).click()
    await page.getByText('At least 12 characters', { exact: true }).waitFor()
    await page.getByLabel('New password').fill(NEW_PASSWORD)
    await page.getByLabel('The same password, again').fill(NEW_PASSWORD)
    await page.screenshot({ path: `${SHOTS}/reset-phone-en.png` })
    await page.getByRole('button', { name: 'Save the password' }).click()
    await page.getByText('Password saved. All your open sessions were closed.').waitFor()
    expect(await seriousAxeViolations(page, 'main')).toEqual([])
    await page.screenshot({ path: `${SHOTS}/reset-done-phone-en.png` })

    const login = await fetch(`${inject('baseUrl')}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: partner.email, password: NEW_PASSWORD }),
    })
    expect(login.status).toBe(200)

    // The link works once.
    await page.goto('about:blank')
    await page.goto(resetUrl)
    await page.getByLabel('New password').fill(NEW_PASSWORD)
    await page.getByLabel('The same password, again').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Save the password' }).click()
    await page.getByText(/This link is unknown, already used or expired/).waitFor()
    await page.close()
  })
})
