import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { createTestAccounts, type TestAccount } from './support/accounts.ts'
import { SCREENSHOT_DIR, waitForMapIdle } from './support/map-page.ts'
import { logIn } from './support/session-page.ts'

// Issue #11 §7: on a 390 px phone the header took three rows (171 px); it took one, but its buttons
// scrolled sideways and "Indicateurs" / "Indicators" and what followed were cut off. Now the panels'
// buttons, "Menu" and the language are in sight, and the menu shows the rest under the header.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let partner: TestAccount

beforeAll(async () => {
  ;[partner] = (await createTestAccounts(inject('baseUrl'), inject('admin'), [
    { role: 'partner', displayName: 'E2E Entête', organisation: 'E2E Mairie (entête)' },
  ])) as [TestAccount]
  browser = await launchBrowser()
  page = await browser.context.newPage()
})
afterAll(async () => {
  await browser?.close()
})

async function openIn(language: 'fr' | 'en', width: number, height: number) {
  await page.setViewportSize({ width, height })
  await page.goto(`${inject('baseUrl')}/app/`)
  await page.evaluate((value) => localStorage.setItem('heritage-watch:language', value), language)
  await page.goto(`${inject('baseUrl')}/app/`)
  await waitForMapIdle(page)
}

const headerHeight = () =>
  page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height)

/** Whether a control is drawn whole inside the screen, and not hidden under another element. */
async function inSight(control: Locator): Promise<boolean> {
  await control.waitFor()
  return control.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const inside =
      box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return inside && top !== null && element.contains(top)
  })
}

const WORDS = {
  fr: {
    search: 'Rechercher',
    row: ['Couches', 'Liste', 'Menu', 'English'],
    menu: ['Aide', 'Indicateurs', 'Se connecter'],
    help: 'Aide',
  },
  en: {
    search: 'Search',
    row: ['Layers', 'List', 'Menu', 'Français'],
    menu: ['Help', 'Indicators', 'Log in'],
    help: 'Help',
  },
} as const

describe('the header on a phone', () => {
  for (const language of ['fr', 'en'] as const) {
    const words = WORDS[language]

    it(`shows every action within the screen at 390 px, on one line (${language})`, async () => {
      await openIn(language, 390, 844)
      // One row of buttons (2.5rem) and the padding: never a second row.
      await expect(headerHeight()).resolves.toBeLessThanOrEqual(56)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      // Nothing scrolled out of the buttons' row any more.
      const hidden = await page
        .locator('.header-buttons')
        .evaluate((row) => row.scrollWidth - row.clientWidth)
      expect(hidden).toBeLessThanOrEqual(0)
      const searchBox = await page.getByRole('combobox', { name: words.search }).boundingBox()
      expect(searchBox?.width).toBeGreaterThanOrEqual(140)
      for (const name of words.row)
        expect(await inSight(page.getByRole('button', { name, exact: true })), name).toBe(true)

      const menu = page.getByRole('button', { name: 'Menu', exact: true })
      await menu.click()
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true')
      for (const name of words.menu)
        expect(await inSight(page.getByRole('button', { name, exact: true })), name).toBe(true)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-header-phone-${language}.png` })

      // An action closes the menu.
      await page.getByRole('button', { name: words.help, exact: true }).click()
      await page.getByRole('dialog').waitFor()
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
      await page.keyboard.press('Escape')
    })
  }

  it('is worked by keyboard: Enter opens the menu, Tab walks it, Escape closes it', async () => {
    await openIn('fr', 390, 844)
    const menu = page.getByRole('button', { name: 'Menu', exact: true })
    await menu.focus()
    await page.keyboard.press('Enter')
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true')
    const focused = []
    for (let step = 0; step < 3; step += 1) {
      await page.keyboard.press('Tab')
      focused.push(await page.evaluate(() => document.activeElement?.textContent))
    }
    expect(focused).toEqual(['Aide', 'Indicateurs', 'Se connecter'])
    // An action from the menu: the dialog it opens gives the focus back to "Menu", still in sight.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Menu')
    await page.keyboard.press('Enter')
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true')
    await page.keyboard.press('Escape')
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Menu')
    await expect(page.getByRole('button', { name: 'Aide', exact: true }).isVisible()).resolves.toBe(false)
  })

  for (const language of ['fr', 'en'] as const) {
    it(`keeps the desk's header on one line, every action in it and no menu (1440 px, ${language})`, async () => {
      await openIn(language, 1440, 900)
      await expect(headerHeight()).resolves.toBeLessThanOrEqual(64)
      await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true)
      await expect(page.getByRole('button', { name: 'Menu', exact: true }).isVisible()).resolves.toBe(false)
      for (const name of [...WORDS[language].row.filter((word) => word !== 'Menu'), ...WORDS[language].menu])
        expect(await inSight(page.getByRole('button', { name, exact: true })), name).toBe(true)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-header-desk-${language}.png` })
    })
  }

  it('shows a partner’s report and account within the screen, and the account’s own menu', async () => {
    await openIn('fr', 390, 844)
    await logIn(page, partner)
    for (const name of ['Aide', 'Indicateurs', 'Signaler un lieu'])
      expect(await inSight(page.getByRole('button', { name, exact: true })), name).toBe(true)
    const account = page.getByRole('button', { name: new RegExp(partner.displayName) })
    expect(await inSight(account)).toBe(true)
    await account.click()
    // The account's menu opens inside the header's menu, which stays open.
    const myAlerts = page.getByRole('button', { name: 'Alertes de mon organisation' })
    expect(await inSight(myAlerts)).toBe(true)
    expect(await inSight(page.getByRole('button', { name: 'Se déconnecter' }))).toBe(true)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-header-phone-account.png` })
    // Escape closes the account's menu first, then the header's.
    await page.keyboard.press('Escape')
    await expect(myAlerts.isVisible()).resolves.toBe(false)
    await expect(account.isVisible()).resolves.toBe(true)
    await page.keyboard.press('Escape')
    await expect(account.isVisible()).resolves.toBe(false)
  })
})
