import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { englishWordsIn, frenchWordsIn } from './support/language-words.ts'
import { SCREENSHOT_DIR } from './support/map-page.ts'

// Issue #11 §7: French screens show no English (the seeds' notes on the grand sites and the endangered
// sites), English screens no French in a record's protection lines, and no screen shows a path of data/.

let browser: Awaited<ReturnType<typeof launchBrowser>>
const pages = new Map<'fr' | 'en', Page>()
const RECORDS = ['terrils/74A', 'grands-sites/63AE', 'sites-en-danger/2', 'sites-classes-inscrits/2691']

beforeAll(async () => {
  browser = await launchBrowser()
  for (const language of ['fr', 'en'] as const) {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width: 1440, height: 900 })
    // Set before the app starts: the app stores the language it shows once it has loaded it.
    await page.addInitScript((value) => localStorage.setItem('heritage-watch:language', value), language)
    pages.set(language, page)
  }
})
afterAll(async () => {
  await browser?.close()
})

async function openRecord(language: 'fr' | 'en', feature: string) {
  const page = pages.get(language) as Page
  await page.goto(`${inject('baseUrl')}/app/?objet=${feature}`)
  // The record: the region that links to the feature's GeoJSON.
  const record = page.getByRole('region').filter({ has: page.getByRole('link', { name: /GeoJSON/ }) })
  await record.waitFor({ timeout: 30_000 })
  // The context (protections, related features) comes after the feature.
  await record.locator('.protection-list, .record-muted').first().waitFor()
  await page.waitForFunction(() => !/Chargement|Loading/.test(document.body.innerText))
  return { page, record }
}

describe('screens in one language (issue #11 §7)', () => {
  for (const feature of RECORDS) {
    it(`shows the record of ${feature} in French without English, nor a path of data/`, async () => {
      const { page, record } = await openRecord('fr', feature)
      const text = await record.innerText()
      expect(englishWordsIn(text)).toEqual([])
      expect(text).not.toMatch(/data\/(raw|seeds)/)
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/heritage-watch-record-fr-${feature.replace('/', '-')}.png`,
      })
    })

    it(`shows the protection lines of ${feature} in English on an English screen`, async () => {
      const { page, record } = await openRecord('en', feature)
      const lines = record.locator('.protection-list li')
      const texts = await lines.evaluateAll((items) =>
        // The "See …" buttons name features, whose names are French in both languages.
        items.map((item) =>
          [...item.querySelectorAll('strong, span')].map((part) => part.textContent ?? '').join(' '),
        ),
      )
      expect(texts.length).toBeGreaterThan(0)
      // French terms kept in brackets and names in quotes are not the line's language.
      const english = texts.map((line) => line.replace(/\([^)]*\)|“[^”]*”/g, ''))
      expect(english.flatMap(frenchWordsIn)).toEqual([])
      expect(await record.innerText()).not.toMatch(/data\/(raw|seeds)/)
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/heritage-watch-record-en-${feature.replace('/', '-')}.png`,
      })
    })
  }
})
