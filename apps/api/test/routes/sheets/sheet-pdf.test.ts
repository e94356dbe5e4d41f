import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { ServiceUnavailableError } from '../../../src/errors.ts'
import { createPdfEngine } from '../../../src/sheets/pdf-engine.ts'
import { expectProblem, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from '../alerts/alert-fixtures.ts'
import { fixtureAuthor, fixtureOrganisation, insertConstat, insertErbmFollowup } from './sheet-fixtures.ts'

const run = promisify(execFile)

// The PDF is printed by Debian's Chromium: under CI (.ci/run installs chromium and poppler-utils) this
// suite must run; elsewhere it runs where the browser is installed.
const CHROMIUM = '/usr/bin/chromium'
const mandatory = process.env.CI === 'true'
const server = useTestApp()
const accounts = useAccounts(server)

/** The PDF's text, as pdftotext reads it; the file and its first page's PNG are kept in SHEET_PREVIEW_DIR. */
async function pdfText(bytes: Buffer, workDir: string, name: string): Promise<string> {
  const file = path.join(workDir, `${name}.pdf`)
  await writeFile(file, bytes)
  const keep = process.env.SHEET_PREVIEW_DIR
  if (keep) await copyFile(file, path.join(keep, `${name}.pdf`))
  return (await run('pdftotext', ['-layout', file, '-'])).stdout
}

describe.runIf(existsSync(CHROMIUM) || mandatory)('the sheet as a PDF', () => {
  let workDir: string
  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'hw-sheet-pdf-'))
  })
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true })
  })

  it('is an A4 PDF whose text reads back the title and an attribute', async () => {
    const response = await server.app.inject({ url: '/sheets/sites-en-danger/63L.pdf' })
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200)
    expect(response.headers['content-type']).toBe('application/pdf')
    expect(response.headers['content-disposition']).toBe(
      'inline; filename="fiche-bilan-sites-en-danger-63L.pdf"',
    )
    const bytes = response.rawPayload
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const file = path.join(workDir, 'sheet.pdf')
    await writeFile(file, bytes)
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-'])
    expect(text).toContain('Fosse n°12 de Lens')
    expect(text).toContain('Loos-en-Gohelle')
    expect(text).toContain('Licence Ouverte')
    const { stdout: info } = await run('pdfinfo', [file])
    // A4 (595 x 842 points; Chromium rounds to its own pixel grid, which pdfinfo still calls A4).
    expect(info).toMatch(/Page size:\s+59[56]\.\d+ x 84[123]\.\d+ pts \(A4\)/)
    // The first page as an image, for a person to look at (SHEET_PREVIEW_DIR keeps it).
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(workDir, 'page')])
    const png = path.join(workDir, 'page-1.png')
    expect(existsSync(png)).toBe(true)
    const keep = process.env.SHEET_PREVIEW_DIR
    if (keep) {
      await copyFile(png, path.join(keep, 'sheet-63L-page-1.png'))
      await copyFile(file, path.join(keep, 'sheet-63L.pdf'))
    }
  })

  it('prints what the caller may see: an officer’s PDF has the alerts, the constats’ chart and the ERBM follow-up', async () => {
    const officer = await accounts.session('officer')
    const organisation = await fixtureOrganisation(server.pool)
    const authorId = await fixtureAuthor(server.pool, organisation)
    const constat = {
      collection: 'terrils',
      table: 'terril',
      featureId: '87',
      authorId,
      organisationId: organisation,
    }
    await insertConstat(server.pool, {
      ...constat,
      visitedOn: '2024-05-02',
      condition: 'bon',
      note: 'Premier passage',
    })
    await insertConstat(server.pool, {
      ...constat,
      visitedOn: '2025-10-12',
      condition: 'mauvais',
      note: 'Ravinement-87',
      photo: true,
    })
    await createAlert(server.app, officer, {
      features: [{ collection: 'terrils', id: '87' }],
      title: 'Brèche-87',
    })
    await insertErbmFollowup(server.pool, '565', await fixtureAuthor(server.pool, null))
    const headers = { cookie: officer.cookie }
    const asOfficer = await server.app.inject({ url: '/sheets/terrils/87.pdf', headers })
    expect(asOfficer.statusCode).toBe(200)
    const officerText = await pdfText(asOfficer.rawPayload, workDir, 'sheet-87-officer')
    expect(officerText).toContain('Brèche-87')
    expect(officerText).toContain('Ravinement-87')
    expect(officerText).toContain('Dernier état validé : Mauvais')
    const anonymous = await server.app.inject({ url: '/sheets/terrils/87.pdf' })
    const publicText = await pdfText(anonymous.rawPayload, workDir, 'sheet-87-public')
    expect(publicText).not.toContain('Brèche-87')
    expect(publicText).not.toContain('Ravinement-87')
    const cite = await server.app.inject({ url: '/sheets/cites-erbm/565.pdf', headers })
    expect(await pdfText(cite.rawPayload, workDir, 'sheet-565-officer')).toContain('Bailleur synthétique')
  })

  it('answers a burst of PDFs with one browser, each a PDF', async () => {
    const responses = await Promise.all(
      ['74A', '87', '74A'].map((id) => server.app.inject({ url: `/sheets/terrils/${id}.pdf` })),
    )
    for (const response of responses) {
      expect(response.statusCode).toBe(200)
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    }
  })
})

describe.runIf(existsSync(CHROMIUM) || mandatory)('the PDF engine’s bounds', () => {
  const page = '<!doctype html><html lang="fr"><title>t</title><p>Bornes</p></html>'

  it('refuses a PDF with a 503 when every turn and the queue are taken', async () => {
    const engine = createPdfEngine({ executablePath: CHROMIUM, concurrency: 1, queueLimit: 0 })
    try {
      const results = await Promise.allSettled([engine.render(page, 't'), engine.render(page, 't')])
      expect(results[0].status).toBe('fulfilled')
      const refused = results[1].status === 'rejected' ? results[1].reason : undefined
      expect(refused).toBeInstanceOf(ServiceUnavailableError)
      expect((refused as ServiceUnavailableError).retryAfterSeconds).toBe(10)
      // The turn is given back: the next PDF is printed.
      expect((await engine.render(page, 't')).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    } finally {
      await engine.close()
    }
  })

  it('gives up on a PDF after its deadline with a 503', async () => {
    const engine = createPdfEngine({ executablePath: CHROMIUM, timeoutMs: 1 })
    try {
      const refused = await engine.render(page, 't').catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(ServiceUnavailableError)
      expect((refused as ServiceUnavailableError).message).toBe('The PDF took more than 1 ms.')
    } finally {
      await engine.close()
    }
  })
})

describe('without the PDF engine', () => {
  it('answers 503 naming the engine and how to install it, with Retry-After', async () => {
    const app = await buildApp({
      pool: server.pool,
      config: {
        PUBLIC_URL: undefined,
        WEB_DIST_DIR: '/nonexistent-web-dist',
        LOG_LEVEL: 'silent',
        CHROMIUM_PATH: '/nonexistent/chromium',
      },
      logger: false,
    })
    try {
      const response = await app.inject({ url: '/sheets/terrils/74A.pdf' })
      const problem = expectProblem(response, 503)
      expect(response.headers['retry-after']).toBe('3600')
      expect(problem.detail).toContain('/nonexistent/chromium')
      expect(problem.detail).toContain('apt-get install chromium')
      expect(problem.detail).toContain('CHROMIUM_PATH')
      // The HTML sheet does not need the engine.
      expect((await app.inject({ url: '/sheets/terrils/74A' })).statusCode).toBe(200)
    } finally {
      await app.close()
    }
  })
})
