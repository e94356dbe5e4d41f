import type { Locator, Page } from 'playwright-core'

/** Waits until the map has been idle (all tiles loaded and drawn) after the last move or data load. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ timeout })
}

/** Share of pixels that differ between two screenshots of the same size, compared in the page. */
export async function pixelDifference(page: Page, before: Buffer, after: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const read = async (base64: string) => {
        const image = new Image()
        image.src = `data:image/png;base64,${base64}`
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.width
        canvas.height = image.height
        const context = canvas.getContext('2d')
        if (!context) throw new Error('no 2d canvas')
        context.drawImage(image, 0, 0)
        return context.getImageData(0, 0, canvas.width, canvas.height).data
      }
      const [a, b] = await Promise.all([read(first), read(second)])
      let different = 0
      for (let index = 0; index < a.length; index += 4) {
        const delta =
          Math.abs((a[index] ?? 0) - (b[index] ?? 0)) +
          Math.abs((a[index + 1] ?? 0) - (b[index + 1] ?? 0)) +
          Math.abs((a[index + 2] ?? 0) - (b[index + 2] ?? 0))
        if (delta > 30) different += 1
      }
      return different / (a.length / 4)
    },
    [before.toString('base64'), after.toString('base64')] as const,
  )
}

/** Screenshot of the map alone. */
export function mapScreenshot(page: Page): Promise<Buffer> {
  return page.locator('[data-testid="map"]').screenshot()
}

/** The record of the selected feature: the region that links to its GeoJSON. */
export function featurePanel(page: Page): Locator {
  return page.getByRole('region').filter({ has: page.getByRole('link', { name: 'Voir en GeoJSON' }) })
}

/** Types in the search box and picks the first result. */
export async function searchAndOpen(page: Page, query: string): Promise<Locator> {
  const search = page.getByRole('combobox', { name: 'Rechercher' })
  await search.fill(query)
  await page.getByRole('option').first().waitFor()
  await search.press('ArrowDown')
  await search.press('Enter')
  const panel = featurePanel(page)
  await panel.waitFor()
  return panel
}

export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? '/tmp'
