import type { Page } from 'playwright-core'
import { ALERT_BADGE_LAYER_ID, ALERT_BADGE_SOURCE_ID } from '../src/map/layers/alert-badge-layers.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { SCREENSHOT_DIR, searchAndOpen, waitForMapIdle } from './support/map-page.ts'
import { logIn, openFromAccountMenu, seriousAxeViolations } from './support/session-page.ts'

// The whole story of issue #4, in two browsers: a partner flags terril 74A with a photo and sees its
// context before sending; an officer, whose desk is open, sees it appear without reloading and moves it
// to "en cours" with a comment; the partner sees the new status and the timeline.

let partnerBrowser: Awaited<ReturnType<typeof launchBrowser>>
let officerBrowser: Awaited<ReturnType<typeof launchBrowser>>
let partnerPage: Page
let officerPage: Page
let partner: TestAccount
let officer: TestAccount
const appUrl = () => `${inject('baseUrl')}/app/`
const TITLE = `Combustion sur le flanc nord ${Date.now()}`
const COMMENT = 'Visite prévue avec la commune jeudi.'

beforeAll(async () => {
  ;[partner, officer] = (await createTestAccounts(inject('databaseUrl'), [
    { role: 'partner', displayName: 'E2E Partenaire', organisation: 'E2E Mairie de Loos-en-Gohelle' },
    { role: 'officer', displayName: 'E2E Agente' },
  ])) as [TestAccount, TestAccount]
  // Two browsers, two cookie jars: two people.
  partnerBrowser = await launchBrowser()
  officerBrowser = await launchBrowser()
  partnerPage = await partnerBrowser.context.newPage()
  officerPage = await officerBrowser.context.newPage()
  for (const page of [partnerPage, officerPage]) await page.setViewportSize({ width: 1280, height: 800 })
})
afterAll(async () => {
  await partnerBrowser?.close()
  await officerBrowser?.close()
})

/** A small real PNG: a corner of the page's own screenshot. */
async function smallPng(page: Page): Promise<Buffer> {
  return page.screenshot({ clip: { x: 0, y: 0, width: 16, height: 16 } })
}

describe('alerts: a partner reports, an officer triages, live', () => {
  it('logs the officer in and opens the desk', async () => {
    await officerPage.goto(appUrl())
    await waitForMapIdle(officerPage)
    await logIn(officerPage, officer)
    await openFromAccountMenu(officerPage, officer, 'Bureau des alertes')
    const desk = officerPage.getByRole('region', { name: 'Bureau des alertes' })
    await desk
      .getByRole('status')
      .filter({ hasText: /alerte/ })
      .waitFor()
    expect(await desk.getByRole('button', { name: new RegExp(TITLE) }).count()).toBe(0)
    expect(await seriousAxeViolations(officerPage, '#desk-sheet')).toEqual([])
  })

  it('lets the partner flag terril 74A with a photo, showing the context before sending', async () => {
    await partnerPage.goto(appUrl())
    await waitForMapIdle(partnerPage)
    await logIn(partnerPage, partner)
    const record = await searchAndOpen(partnerPage, '74A')
    await record.getByRole('button', { name: 'Signaler', exact: true }).click()

    const form = partnerPage.getByRole('region', { name: 'Signaler une menace' })
    const context = form.getByRole('region', { name: 'Contexte patrimonial' })
    await context.waitFor()
    const contextText = await context.innerText()
    expect(contextText).toMatch(/bien inscrit|zone tampon/i)
    expect(contextText).toMatch(/n° 74A/)
    expect(contextText).toMatch(/site classé 2016 : classé/)
    expect(contextText).toMatch(/Sites classés et inscrits/)
    expect(contextText).toMatch(/chaîne des terrils, 2016/)
    expect(contextText).toMatch(/Loos-en-Gohelle/)
    expect(await seriousAxeViolations(partnerPage, '#report-panel')).toEqual([])

    // Sending it empty names each missing field, in French.
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click()
    await expect(form.getByRole('alert').first().innerText()).resolves.toMatch(/erreurs/)
    await expect(form.getByLabel('Titre').getAttribute('aria-invalid')).resolves.toBe('true')

    await form.getByLabel('Catégorie').selectOption({ label: 'Incendie, combustion (terril)' })
    await form.getByLabel('Gravité').selectOption({ label: 'Élevée' })
    await form.getByLabel('Titre').fill(TITLE)
    await form.getByLabel('Description').fill('Fumées visibles depuis le chemin, odeur de soufre.')
    await form.getByLabel('Photos').setInputFiles({
      name: 'flanc-nord.png',
      mimeType: 'image/png',
      buffer: await smallPng(partnerPage),
    })
    await partnerPage.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-alert-form.png` })
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click()

    const alert = partnerPage.getByRole('region', { name: new RegExp(TITLE) })
    await alert.waitFor()
    await expect(alert.innerText()).resolves.toMatch(/Nouvelle/)
    // The photo was stored and comes back as an image.
    const photo = alert.getByRole('img', { name: /flanc-nord\.png/ })
    await photo.waitFor()
    await expect(
      photo.evaluate(async (image: HTMLImageElement) => {
        await image.decode()
        return image.naturalWidth
      }),
    ).resolves.toBe(16)
    await expect(alert.getByRole('region', { name: 'Historique' }).innerText()).resolves.toMatch(
      /Alerte créée/,
    )
    // Terril 74A now carries a badge on the map, coloured by the alert's severity.
    await partnerPage.waitForFunction(
      ({ source, layer }) => {
        const map = (window as unknown as { heritageWatchMap?: import('maplibre-gl').Map }).heritageWatchMap
        const badges = map?.querySourceFeatures(source) ?? []
        return (
          map?.getLayer(layer) !== undefined && badges.some((badge) => badge.properties.featureId === '74A')
        )
      },
      { source: ALERT_BADGE_SOURCE_ID, layer: ALERT_BADGE_LAYER_ID },
    )
    await partnerPage.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-alert-badge.png` })
  })

  it('shows the new alert on the officer’s open desk without a reload, and moves it to en cours', async () => {
    const desk = officerPage.getByRole('region', { name: 'Bureau des alertes' })
    const row = desk.getByRole('button', { name: new RegExp(TITLE) })
    await row.waitFor({ timeout: 15_000 })
    await row.click()

    const alert = officerPage.getByRole('region', { name: new RegExp(TITLE) })
    await alert.getByRole('button', { name: 'Passer à « Prise en compte »' }).click()
    await alert.getByRole('button', { name: 'Passer à « En cours »' }).waitFor()
    await alert.getByLabel('Commentaire (facultatif)').fill(COMMENT)
    await alert.getByRole('button', { name: 'Passer à « En cours »' }).click()
    await alert.getByRole('button', { name: 'Passer à « Résolue »' }).waitFor()
    await expect(alert.getByRole('region', { name: 'Historique' }).innerText()).resolves.toContain(COMMENT)
    // The desk with its rows, and the officer's record with its triage controls.
    expect(await seriousAxeViolations(officerPage, '#desk-sheet, #alert-panel')).toEqual([])
    await officerPage.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-alert-desk.png` })
  })

  it('shows the partner the new status and the timeline', async () => {
    const alert = partnerPage.getByRole('region', { name: new RegExp(TITLE) })
    await alert.getByText('En cours', { exact: true }).waitFor({ timeout: 15_000 })
    const timeline = await alert.getByRole('region', { name: 'Historique' }).innerText()
    expect(timeline).toMatch(/Nouvelle → Prise en compte/)
    expect(timeline).toMatch(/Prise en compte → En cours/)
    expect(timeline).toContain(COMMENT)
    // A partner does not triage.
    expect(await alert.getByRole('button', { name: /Passer à/ }).count()).toBe(0)
  })

  it('keeps the desk usable on a 360 px wide screen', async () => {
    await officerPage.setViewportSize({ width: 360, height: 740 })
    const desk = officerPage.getByRole('region', { name: 'Bureau des alertes' })
    await desk.getByRole('button', { name: new RegExp(TITLE) }).waitFor()
    const overflow = await officerPage.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await officerPage.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-alert-desk-phone.png` })
  })

  it('drops a pin with the "s" key and shows the context of the place', async () => {
    await partnerPage.setViewportSize({ width: 1280, height: 800 })
    await partnerPage.locator('body').press('s')
    const form = partnerPage.getByRole('region', { name: 'Signaler une menace' })
    await form.waitFor()
    const pin = partnerPage.getByRole('img', { name: /Emplacement du signalement/ })
    await expect(pin.count()).resolves.toBe(1)
    await form.getByRole('button', { name: 'Placer l’épingle au centre de la carte' }).click()
    await form.getByRole('region', { name: 'Contexte patrimonial' }).waitFor()
    await expect(form.innerText()).resolves.toMatch(/Épingle : latitude 50\.\d{5}/)
    await partnerPage.keyboard.press('Escape')
    await expect(form.count()).resolves.toBe(0)
    await expect(pin.count()).resolves.toBe(0)
  })

  it('says when the session has ended and offers to log in again', async () => {
    // The same browser logs out in another tab: this tab's next call is refused.
    const other = await partnerBrowser.context.newPage()
    await other.goto(appUrl())
    await openFromAccountMenu(other, partner, 'Se déconnecter')
    await other.getByRole('button', { name: 'Se connecter' }).waitFor()
    await other.close()

    await openFromAccountMenu(partnerPage, partner, 'Alertes de mon organisation')
    const notice = partnerPage.getByRole('alert').filter({ hasText: 'Votre session a expiré' })
    await notice.waitFor()
    await notice.getByRole('button', { name: 'Se reconnecter' }).click()
    await partnerPage.getByRole('dialog', { name: 'Se connecter' }).waitFor()
  })
})
