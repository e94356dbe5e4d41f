import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { SCREENSHOT_DIR, waitForMapIdle } from './support/map-page.ts'
import { logIn, seriousAxeViolations } from './support/session-page.ts'
import { STUB_ADDRESS } from './support/stub-geocoder.ts'

// Issue 11 §2 in a browser: place search merges the national address service's addresses (a stand-in
// on loopback with one SYNTHETIC address, support/stub-geocoder.ts) with our sites; a terril and its
// UNESCO element are one result; "voir tout" pages past the first results; a dropped pin shows its
// address, or "adresse indisponible" when the service is down.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
const appUrl = () => `${inject('baseUrl')}/app/`
type MapWindow = { heritageWatchMap: import('maplibre-gl').Map }

/** Turns the stand-in address service off or on again. */
async function addressService(mode: 'down' | 'ok') {
  const response = await fetch(`${inject('geocoderUrl')}/__mode/${mode}`)
  expect(response.status).toBe(204)
}

async function openFreshMap(width: number, height: number) {
  await page.setViewportSize({ width, height })
  await page.goto(appUrl())
  await waitForMapIdle(page)
}

/** Types a query and waits for its list box. */
async function typeQuery(query: string, name = 'Rechercher') {
  const box = page.getByRole('combobox', { name })
  await box.fill(query)
  await page.getByRole('option').first().waitFor()
  return box
}

const optionTexts = () => page.getByRole('option').allInnerTexts()

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.context.newPage()
})
afterAll(async () => {
  await addressService('ok')
  await browser?.close()
})

describe('place search', () => {
  it('lists the commune, then the address with its own mark, then what lies in the commune', async () => {
    await openFreshMap(1440, 900)
    const box = await typeQuery('Loos-en-Gohelle')
    const address = page.getByRole('option', { name: new RegExp(STUB_ADDRESS.label) })
    await address.waitFor()
    const texts = await optionTexts()
    expect(texts[0]).toMatch(/^Loos-en-Gohelle\s+Commune/)
    const addressAt = texts.findIndex((text) => text.includes(STUB_ADDRESS.label))
    expect(texts[addressAt]).toMatch(/Adresse · 62750 Loos-en-Gohelle/)
    await expect(address.locator('svg.search-option-icon').count()).resolves.toBe(1)
    expect(await seriousAxeViolations(page, 'form[role="search"]')).toEqual([])
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-search-address-desk.png` })

    // The keyboard reaches the address; Enter takes the map there, at street level, with no record.
    for (let step = 0; step <= addressAt; step += 1) await box.press('ArrowDown')
    await expect.poll(() => address.getAttribute('aria-selected')).toBe('true')
    await box.press('Enter')
    await expect
      .poll(() => page.evaluate(() => (window as unknown as MapWindow).heritageWatchMap.getZoom()))
      .toBeGreaterThan(15)
    const centre = await page.evaluate(() =>
      (window as unknown as MapWindow).heritageWatchMap.getCenter().toArray(),
    )
    expect(centre[0]).toBeCloseTo(STUB_ADDRESS.position[0], 2)
    await expect(page.locator('#record-panel').count()).resolves.toBe(0)
  })

  it('shows terril 74A once, with its UNESCO element as a second role', async () => {
    await openFreshMap(1440, 900)
    await typeQuery('74A')
    const texts = await optionTexts()
    expect(texts[0]).toMatch(/11\/19 de Lens Ouest/)
    expect(texts[0]).toMatch(/Terril\s+Élément 63AG du bien UNESCO/)
    expect(texts.filter((text) => text.includes('11/19 de Lens Ouest'))).toHaveLength(1)
  })

  it('pages past the first results with "voir tout", from the keyboard', async () => {
    await openFreshMap(1440, 900)
    const box = await typeQuery('cite')
    const showAll = page.getByRole('option', { name: /^Voir tout \(\d+ sites\)$/ })
    await showAll.waitFor()
    await box.press('ArrowUp')
    await expect.poll(() => showAll.getAttribute('aria-selected')).toBe('true')
    await box.press('Enter')
    const next = page.getByRole('option', { name: /^Résultats suivants/ })
    await next.waitFor()
    // 50 sites, the address the stand-in finds for any text, and the way to the next page.
    await expect.poll(() => page.getByRole('option').count()).toBe(52)
    await next.click()
    await page.getByRole('option', { name: 'Résultats précédents' }).waitFor()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-search-pages.png` })
  })

  it('says when the address service does not answer, and still lists our sites', async () => {
    await addressService('down')
    try {
      await openFreshMap(1440, 900)
      await typeQuery('Loos-en-Gohelle')
      await page.getByText('Le service national d’adresses ne répond pas').waitFor()
      const texts = await optionTexts()
      expect(texts[0]).toMatch(/^Loos-en-Gohelle/)
      expect(texts.some((text) => text.includes(STUB_ADDRESS.label))).toBe(false)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-search-no-address.png` })
    } finally {
      await addressService('ok')
    }
  })

  it('works in English on a phone', async () => {
    await openFreshMap(390, 844)
    await page.getByRole('button', { name: /English/ }).click()
    await typeQuery('Loos-en-Gohelle', 'Search')
    const address = page.getByRole('option', { name: new RegExp(STUB_ADDRESS.label) })
    await expect(address.innerText()).resolves.toMatch(/Address · 62750/)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-search-phone-en.png` })
    await page.getByRole('combobox', { name: 'Search' }).fill('74A')
    await page.getByRole('option', { name: /UNESCO property element 63AG/ }).waitFor()
    await page.getByRole('button', { name: /Français/ }).click()
  })
})

describe('a dropped pin', () => {
  let partner: TestAccount
  beforeAll(async () => {
    ;[partner] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
      { role: 'partner', displayName: 'E2E Adresse', organisation: 'E2E Mairie (adresses)' },
    ])) as [TestAccount]
  })

  it('shows its nearest address, or says it is unavailable when the service is down', async () => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto(`${appUrl()}?carte=17/50.443281/2.771748`)
    await waitForMapIdle(page)
    await logIn(page, partner)
    await page.getByRole('button', { name: 'Signaler un lieu' }).click()
    const form = page.getByRole('region', { name: 'Signaler une menace' })
    await form.getByText(new RegExp(`Adresse la plus proche\\s*:\\s*${STUB_ADDRESS.label}`)).waitFor()
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-pin-address.png` })

    await addressService('down')
    try {
      await page.evaluate(() =>
        (window as unknown as MapWindow).heritageWatchMap.jumpTo({ center: [2.7731, 50.4441] }),
      )
      await form.getByRole('button', { name: 'Placer l’épingle au centre de la carte' }).click()
      await form.getByText('Adresse indisponible').waitFor()
    } finally {
      await addressService('ok')
    }
  })
})
