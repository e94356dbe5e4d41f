import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { featurePanel, waitForMapIdle } from './support/map-page.ts'
import { logIn, openFromAccountMenu, seriousAxeViolations } from './support/session-page.ts'

// Issue 11 §6 in a browser: "Mes abonnements" from the account menu (create, see the deliveries,
// unsubscribe), "S'abonner" from a terril's record, on a desk in French and on a phone in English.
// The account is synthetic (test fixture); the commune and the terril are real features.

const SHOTS = '/tmp/subs'
let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let partner: TestAccount
const appUrl = () => `${inject('baseUrl')}/app/`
const sheet = (name = 'Mes abonnements') => page.getByRole('region', { name })

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  ;[partner] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
    { role: 'partner', displayName: 'E2E Abonnée', organisation: 'E2E Abonnements' },
  ])) as [TestAccount]
  browser = await launchBrowser()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1440, height: 900 })
})
afterAll(async () => {
  await browser?.close()
})

describe('Mes abonnements', () => {
  it('subscribes to a commune from the account menu, shows the deliveries, and unsubscribes', async () => {
    await page.goto(appUrl())
    await waitForMapIdle(page)
    await logIn(page, partner)
    await openFromAccountMenu(page, partner, 'Mes abonnements')
    expect(new URL(page.url()).hash).toBe('#vue=abonnements')
    await sheet().getByText('Aucun abonnement pour l’instant.').waitFor()
    // The Atom feed is offered as the alerts' alternate representation.
    const feed = sheet().getByRole('link', { name: 'Flux Atom des alertes' })
    expect(await feed.getAttribute('rel')).toBe('alternate')
    expect(await feed.getAttribute('href')).toMatch(/\/alerts\/feed\.atom$/)

    // Without a commune chosen, the form says what is missing and sends nothing.
    await sheet().getByRole('button', { name: 'S’abonner' }).click()
    await sheet().getByText('Choisissez une commune ou une intercommunalité.').waitFor()

    await sheet().getByLabel('Commune', { exact: true }).selectOption({ label: 'Loos-en-Gohelle' })
    await sheet().getByLabel('Résumé hebdomadaire').check()
    await sheet().getByRole('button', { name: 'S’abonner' }).click()
    const row = sheet().getByRole('row').filter({ hasText: 'Commune : Loos-en-Gohelle' })
    await row.waitFor()
    expect(await row.getByRole('rowheader').innerText()).toContain('Résumé hebdomadaire · Courriel')
    await row.getByRole('button', { name: 'Envois' }).click()
    await row.getByText('Rien n’a encore été envoyé.').waitFor()
    expect(await seriousAxeViolations(page, '#subscriptions-sheet')).toEqual([])
    await page.screenshot({ path: `${SHOTS}/subscriptions-desk-fr.png` })

    await row.getByRole('button', { name: /Se désabonner/ }).click()
    await sheet().getByText('Aucun abonnement pour l’instant.').waitFor()
  })

  it('subscribes to a terril from its record, with the keyboard', async () => {
    await page.goto(`${appUrl()}?objet=terrils/74A`)
    await waitForMapIdle(page)
    const follow = featurePanel(page).getByRole('link', { name: 'S’abonner' })
    await follow.waitFor()
    await follow.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/record-follow-desk-fr.png` })
    await follow.focus()
    await page.keyboard.press('Enter')
    await sheet().waitFor()
    expect(new URL(page.url()).hash).toBe('#vue=abonnements&suivre=terrils/74A')
    expect(await sheet().getByLabel('Suivre').locator('option:checked').innerText()).toMatch(/74A/)
    await sheet().getByRole('button', { name: 'S’abonner' }).focus()
    await page.keyboard.press('Enter')
    await sheet()
      .getByRole('row')
      .filter({ hasText: /11\/19 de Lens Ouest/ })
      .waitFor()
    await page.getByRole('button', { name: /English/ }).click()
    await sheet('My subscriptions')
      .getByRole('row')
      .filter({ hasText: /Lens Ouest/ })
      .waitFor()
    await page.screenshot({ path: `${SHOTS}/subscriptions-desk-en.png` })
    await page.getByRole('button', { name: /Français/ }).click()
    await sheet().waitFor()
  })

  it('works on a phone in English', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${appUrl()}#vue=abonnements`)
    await waitForMapIdle(page)
    await page.getByRole('button', { name: /English/ }).click()
    const english = sheet('My subscriptions')
    await english
      .getByRole('row')
      .filter({ hasText: /11\/19 de Lens Ouest/ })
      .waitFor()
    await english.getByRole('heading', { name: 'New subscription' }).waitFor()
    expect(await english.getByText(/Résumé|Abonnement|Envoi/).count()).toBe(0)
    await page.screenshot({ path: `${SHOTS}/subscriptions-phone-en.png` })
    // Nothing of the sheet sticks out of the phone's width.
    const wider = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#subscriptions-sheet *'))
        .filter((element) => element.getBoundingClientRect().right > 390.5)
        .map((element) => `${element.tagName}.${element.className}`),
    )
    expect(wider).toEqual([])
    await english.getByLabel('Follow').selectOption('severity')
    await english.getByLabel('Severity at least').waitFor()
    await page.screenshot({ path: `${SHOTS}/subscriptions-phone-en-form.png`, fullPage: true })
    await page.getByRole('button', { name: /Français/ }).click()
    await sheet().getByRole('heading', { name: 'Nouvel abonnement' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/subscriptions-phone-fr.png` })
  })
})
