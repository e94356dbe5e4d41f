import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { SCREENSHOT_DIR, waitForMapIdle } from './support/map-page.ts'

// Issue #11 §7: on a 390 px phone the header took three rows (171 px); it now takes one, in French and
// in English, every button still reachable and the page never wider than the screen.

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page

beforeAll(async () => {
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

describe('the header on a phone (issue #11 §7)', () => {
  for (const [language, help, search] of [
    ['fr', 'Aide', 'Rechercher'],
    ['en', 'Help', 'Search'],
  ] as const) {
    it(`takes one line at 390 px (${language})`, async () => {
      await openIn(language, 390, 844)
      // One row of buttons (2.5rem) and the padding: never a second row.
      await expect(headerHeight()).resolves.toBeLessThanOrEqual(56)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      // The search keeps a usable width, and the buttons scrolled out of sight still work.
      const searchBox = await page.getByRole('combobox', { name: search }).boundingBox()
      expect(searchBox?.width).toBeGreaterThanOrEqual(140)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-header-phone-${language}.png` })
      await page.getByRole('button', { name: help, exact: true }).click()
      await page.getByRole('dialog').waitFor()
      await page.keyboard.press('Escape')
    })
  }

  it('keeps the title on a desk, on one line (1440 px)', async () => {
    await openIn('fr', 1440, 900)
    await expect(headerHeight()).resolves.toBeLessThanOrEqual(64)
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-header-desk.png` })
  })
})
