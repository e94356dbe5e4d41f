import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { compareImages, readPng, writePng } from './support/image-compare.ts'
import { SCREENSHOT_DIR, waitForMapIdle } from './support/map-page.ts'

// Render tests as MapLibre writes them (test/integration/render): a view is drawn in a real browser and
// compared, pixel by pixel, with a reference image committed beside this file. A change of palette,
// of layer order or of what a layer draws fails here, where counting colours would not notice.
// After an intended change of the map (a new layer, a new colour), regenerate the references with
//   UPDATE_REFERENCES=1 npx vitest run --project e2e apps/web/e2e/map-render.e2e.test.ts
// and look at the new images before committing them.

const REFERENCES = path.join(import.meta.dirname, 'references')
const UPDATE = process.env.UPDATE_REFERENCES === '1'

/** The views: what a visitor sees first, and a street-level view of the Fosse Delloye at Lewarde. */
const VIEWS = [
  { name: 'map-default', query: '' },
  { name: 'map-street-lewarde', query: '?carte=16.00/50.33173/3.17240' },
] as const

let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 800 })
})
afterAll(() => browser?.close())

/** The map alone: the panels, header and controls over it are hidden, so only the style is compared. */
async function renderMap(query: string): Promise<PNG> {
  await page.goto(`${inject('baseUrl')}/app/${query}`)
  await waitForMapIdle(page)
  // The opening view's place names come after the first idle (issue 11 §7): the view includes them.
  await page.locator('[data-testid="map"][data-place-labels="true"]').waitFor()
  await waitForMapIdle(page)
  await page.addStyleTag({
    content: `body * { visibility: hidden !important; }
      [data-testid="map"], [data-testid="map"] canvas { visibility: visible !important; }`,
  })
  return readPng(await page.locator('[data-testid="map"]').screenshot({ animations: 'disabled' }))
}

describe('map rendering against reference images', () => {
  for (const view of VIEWS) {
    it(`draws ${view.name} as its reference image`, async () => {
      const actual = await renderMap(view.query)
      const referencePath = path.join(REFERENCES, `${view.name}.png`)
      if (UPDATE || !existsSync(referencePath)) {
        if (!UPDATE) throw new Error(`no reference image ${referencePath}: run with UPDATE_REFERENCES=1`)
        await mkdir(REFERENCES, { recursive: true })
        await writeFile(referencePath, writePng(actual))
        return
      }
      const comparison = compareImages(actual, readPng(await readFile(referencePath)))
      if (!comparison.matches) {
        await writeFile(path.join(SCREENSHOT_DIR, `${view.name}.actual.png`), writePng(actual))
        await writeFile(path.join(SCREENSHOT_DIR, `${view.name}.diff.png`), writePng(comparison.diff))
      }
      expect(
        comparison.matches,
        `${comparison.mismatched} pixels differ (${(comparison.ratio * 100).toFixed(2)} %); actual and diff images in ${SCREENSHOT_DIR}`,
      ).toBe(true)
    })
  }
})

/** A copy of an image with each pixel changed by `recolour`. */
function recoloured(image: PNG, recolour: (rgb: [number, number, number]) => [number, number, number]): PNG {
  const copy = new PNG({ width: image.width, height: image.height })
  image.data.copy(copy.data)
  for (let index = 0; index < copy.data.length; index += 4) {
    const [red, green, blue] = recolour([copy.data[index]!, copy.data[index + 1]!, copy.data[index + 2]!])
    copy.data[index] = red
    copy.data[index + 1] = green
    copy.data[index + 2] = blue
  }
  return copy
}

/** The most common colour that is not the background: the largest layer's fill. */
function secondCommonColour(image: PNG): number {
  const counts = new Map<number, number>()
  for (let index = 0; index < image.data.length; index += 4) {
    const key = (image.data[index]! << 16) | (image.data[index + 1]! << 8) | image.data[index + 2]!
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[1]![0]
}

describe('the comparison itself', () => {
  // The committed reference of the default view: a real map, with its real palette.
  const reference = () => readPng(readFileSync(path.join(REFERENCES, 'map-default.png')))

  it('lets anti-aliasing-sized noise through', () => {
    const image = reference()
    // ±2 levels a channel, as SwiftShader's rounding differs from run to run.
    let seed = 1
    const noise = () => {
      seed = (seed * 16807) % 2147483647
      return (seed % 5) - 2
    }
    const clamp = (value: number) => Math.max(0, Math.min(255, value))
    const noisy = recoloured(image, ([r, g, b]) => [
      clamp(r + noise()),
      clamp(g + noise()),
      clamp(b + noise()),
    ])
    expect(compareImages(noisy, image).matches).toBe(true)
  })

  it('fails on a wrong palette: red and blue swapped', () => {
    const image = reference()
    const swapped = recoloured(image, ([r, g, b]) => [b, g, r])
    expect(compareImages(swapped, image).matches).toBe(false)
  })

  it('fails when one layer changes colour', () => {
    const image = reference()
    const fill = secondCommonColour(image)
    const target = [(fill >> 16) & 255, (fill >> 8) & 255, fill & 255]
    // That fill drawn a clearly different colour (its channels turned around), all else untouched.
    const wrong = recoloured(image, (rgb) =>
      rgb[0] === target[0] && rgb[1] === target[1] && rgb[2] === target[2]
        ? [255 - rgb[0], 255 - rgb[1], 255 - rgb[2]]
        : rgb,
    )
    expect(compareImages(wrong, image).matches).toBe(false)
  })
})
