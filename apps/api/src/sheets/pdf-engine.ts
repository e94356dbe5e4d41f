import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import type { Browser, BrowserContext } from 'playwright-core'
import { ServiceUnavailableError } from '../errors.ts'
import { escapeHtml } from './sheet-format.ts'

// The fiches-bilan's PDFs are printed by a real engine: Debian's headless Chromium driven by
// playwright-core (docs/architecture.md, "Fiches-bilan"). One browser serves every PDF; a few pages at a
// time, a short queue, and a deadline on each, so that a burst of requests cannot eat the server.

/** The flags the project runs Chromium with: headless, and never reaching the network on its own. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Starting the browser is not a PDF's work: it gets its own deadline. */
const LAUNCH_TIMEOUT_MS = 30_000

export interface PdfEngineOptions {
  executablePath: string
  /** PDFs printed at once; the machine has few cores and each page costs one renderer process. */
  concurrency?: number
  /** Requests that may wait for a turn; one more is refused with a 503. */
  queueLimit?: number
  /** The deadline of one PDF, from its turn to its bytes. */
  timeoutMs?: number
}

const missing = (executablePath: string, reason: string) =>
  new ServiceUnavailableError(
    `The PDF engine (headless Chromium at ${executablePath}) is not available: ${reason}. Install it with \`apt-get install chromium\`, or set CHROMIUM_PATH to a Chromium executable.`,
    3600,
  )

/** A footer with the sheet's title and the page number, in Chromium's header/footer template language. */
const footer = (title: string) =>
  `<div style="font-family:'DejaVu Sans',Arial,sans-serif;font-size:7pt;color:#555;width:100%;padding:0 14mm;display:flex;justify-content:space-between"><span>Fiche-bilan — ${escapeHtml(title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`

/** Prints self-contained HTML pages to A4 PDFs with one shared headless Chromium. */
export function createPdfEngine(options: PdfEngineOptions) {
  const { executablePath, concurrency = 2, queueLimit = 8, timeoutMs = 30_000 } = options
  let browser: Promise<Browser> | undefined
  let active = 0
  const waiting: (() => void)[] = []

  async function launch(): Promise<Browser> {
    try {
      await access(executablePath, constants.X_OK)
    } catch {
      throw missing(executablePath, 'no executable file there')
    }
    try {
      // Imported at the first PDF, not at start: playwright-core alone costs over a second of every start.
      const { chromium } = await import('playwright-core')
      const launched = await chromium.launch({
        executablePath,
        args: CHROMIUM_FLAGS,
        timeout: LAUNCH_TIMEOUT_MS,
      })
      launched.on('disconnected', () => (browser = undefined))
      return launched
    } catch (error) {
      throw missing(executablePath, `it did not start (${(error as Error).message.split('\n')[0]})`)
    }
  }

  function sharedBrowser(): Promise<Browser> {
    browser ??= launch().catch((error: unknown) => {
      browser = undefined
      throw error
    })
    return browser
  }

  async function turn(): Promise<void> {
    if (active < concurrency) {
      active++
      return
    }
    if (waiting.length >= queueLimit)
      throw new ServiceUnavailableError('The PDF engine is busy; try again in a few seconds.', 10)
    await new Promise<void>((resolve) => waiting.push(resolve))
  }

  /** Hands the turn to the next request waiting, if any. */
  function release(): void {
    const next = waiting.shift()
    if (next) next()
    else active--
  }

  async function printPage(context: BrowserContext, html: string, title: string): Promise<Buffer> {
    const page = await context.newPage()
    // Everything the sheet shows is inside it (SVG, data: photos): any other request is refused.
    await page.route('**/*', (route) => route.abort())
    await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs })
    return page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer(title),
      margin: { top: '14mm', right: '14mm', bottom: '16mm', left: '14mm' },
    })
  }

  async function print(html: string, title: string): Promise<Buffer> {
    const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false, offline: true })
    const tooSlow = () => new ServiceUnavailableError(`The PDF took more than ${timeoutMs} ms.`, 30)
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(tooSlow()), timeoutMs)
    })
    const work = printPage(context, html, title)
    // When the deadline wins, closing the context makes the work fail too: nobody waits for it then.
    work.catch(() => undefined)
    try {
      return await Promise.race([work, deadline])
    } catch (error) {
      throw error instanceof Error && error.name === 'TimeoutError' ? tooSlow() : error
    } finally {
      clearTimeout(timer)
      await context.close().catch(() => undefined)
    }
  }

  return {
    /**
     * The PDF of a self-contained HTML page.
     * @throws ServiceUnavailableError (503) when the engine is missing, busy or too slow
     */
    async render(html: string, title: string): Promise<Buffer> {
      await turn()
      try {
        return await print(html, title)
      } finally {
        release()
      }
    },

    /** Closes the shared browser, if one was started. */
    async close(): Promise<void> {
      const running = browser
      browser = undefined
      if (running) await (await running.catch(() => undefined))?.close()
    },
  }
}

export type PdfEngine = ReturnType<typeof createPdfEngine>
