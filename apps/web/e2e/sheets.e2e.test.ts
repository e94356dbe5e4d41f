import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './setup/browser.ts'
import { SCREENSHOT_DIR, searchAndOpen, waitForMapIdle } from './support/map-page.ts'

const run = promisify(execFile)

// The fiche-bilan from a user's side (issue #10 §4): the record links to it, the page is the A4 sheet,
// and its PDF, printed by the server's Chromium, reads back and renders (its first page is kept as a PNG
// beside the other screenshots, for a person to look at).
let browser: Awaited<ReturnType<typeof launchBrowser>>
let page: Page
let workDir: string

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 800 })
  workDir = await mkdtemp(path.join(os.tmpdir(), 'hw-sheet-e2e-'))
})
afterAll(async () => {
  await browser.close()
  await rm(workDir, { recursive: true, force: true })
})

describe('the fiche-bilan', () => {
  it('opens from the record of terril 74A, and its PDF reads back', async () => {
    await page.goto(`${inject('baseUrl')}/app/`)
    await waitForMapIdle(page)
    const panel = await searchAndOpen(page, '74A')
    await panel.getByRole('link', { name: 'Fiche-bilan à imprimer' }).click()
    await page.waitForURL(/\/sheets\/terrils\/74A$/)
    await expect(page.getByText('identifiant 74A').isVisible()).resolves.toBe(true)
    await expect(page.locator('svg.map path').count()).resolves.toBeGreaterThan(1)
    await page.emulateMedia({ media: 'print' })
    await page.screenshot({ path: `${SCREENSHOT_DIR}/heritage-watch-sheet-74A.png`, fullPage: true })

    const pdf = await page.request.get(`${page.url()}.pdf`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    const file = path.join(workDir, 'sheet.pdf')
    await writeFile(file, await pdf.body())
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-'])
    expect(text).toContain('identifiant 74A')
    expect(text).toContain('Loos-en-Gohelle')
    await run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      file,
      `${SCREENSHOT_DIR}/heritage-watch-sheet-74A-pdf`,
    ])
    expect(existsSync(`${SCREENSHOT_DIR}/heritage-watch-sheet-74A-pdf-1.png`)).toBe(true)
  })
})
