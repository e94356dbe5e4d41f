import { DATA_ATTRIBUTION } from '@heritage-watch/shared'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { SCREENSHOT_DIR, waitForMapIdle } from './support/map-page.ts'

// The data credits under the map stayed in French on English screens. What is ours is now said in the
// screen's language; the producers keep their names, the licence its official bilingual title.

/** What the French credit says in French, producers' names aside. */
const FRENCH_CREDIT = [
  'Données',
  'puits',
  'extraction du',
  'via la',
  'sites classés et inscrits',
  'Licence Ouverte Etalab 2.0',
  'Texte de la licence',
]

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

/** The credit under the map, and the text of MapLibre's attribution control if one is drawn. */
const credits = async () => ({
  footer: await page.locator('footer').innerText(),
  control: await page.locator('.maplibregl-ctrl-attrib').allInnerTexts(),
})

describe('the data credits', () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    it(`are in English on an English screen, without French (${width} px)`, async () => {
      await openIn('en', width, height)
      const { footer, control } = await credits()
      expect(footer).toContain('Data: Mission Bassin Minier Nord-Pas-de-Calais, Géo2France, BRGM (shafts)')
      expect(footer).toContain('Licence Ouverte / Open Licence 2.0 (Etalab)')
      expect(FRENCH_CREDIT.filter((french) => `${footer} ${control.join(' ')}`.includes(french))).toEqual([])
      // No element of the credit says it is French any more.
      await expect(page.locator('footer [lang="fr"]').count()).resolves.toBe(0)
      await page
        .locator('footer')
        .screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-credits-en-${width}.png` })
    })

    it(`are the API’s French attribution on a French screen (${width} px)`, async () => {
      await openIn('fr', width, height)
      const { footer, control } = await credits()
      expect(footer).toContain(DATA_ATTRIBUTION)
      expect(footer).toContain('Texte de la licence')
      expect(control.join(' ')).not.toMatch(/\b(Data|the|shafts)\b/)
      await page
        .locator('footer')
        .screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-credits-fr-${width}.png` })
    })
  }
})
