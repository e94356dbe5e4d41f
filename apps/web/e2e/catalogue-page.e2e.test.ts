import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.context.newPage()
})
afterAll(() => browser.close())

describe('the web page served by npm start', () => {
  it('loads in French with the catalogue of layers read from the API and the attribution', async () => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${inject('baseUrl')}/app/`)
    await page.getByRole('heading', { name: 'Couches de données' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    const terrils = page.getByRole('heading', { name: 'Terrils (bien inscrit et zone tampon)' })
    await terrils.waitFor()
    await expect(
      page.getByText('1 317 objets').or(page.getByText('1 317 objets')).count(),
    ).resolves.toBeGreaterThan(0)
    await expect(page.getByRole('contentinfo').innerText()).resolves.toContain('Licence Ouverte')
    await page.screenshot({
      path: `${process.env.E2E_SCREENSHOT_DIR ?? '/tmp'}/heritage-watch-catalogue.png`,
      fullPage: false,
    })
    expect(errors).toEqual([])
  })

  it('switches to English by keyboard', async () => {
    await page.goto(`${inject('baseUrl')}/app/`)
    await page.getByRole('heading', { name: 'Couches de données' }).waitFor()
    const button = page.getByRole('button', { name: /English/ })
    await button.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Spoil tips (property and buffer zone)' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
  })
})
