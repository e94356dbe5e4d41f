import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

/**
 * Debian's Chromium, headless, in a throwaway profile. Background networking is off because this
 * machine has no network; WebGL stays on (SwiftShader), which the map will need.
 */
export async function launchBrowser(
  options: { bypassCsp?: boolean } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'hw-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Only for a suite that hands the page another configuration than the API's (basemaps.e2e.test.ts).
    bypassCSP: options.bypassCsp ?? false,
    args: [
      '--headless',
      '--no-sandbox',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  return {
    context,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}
