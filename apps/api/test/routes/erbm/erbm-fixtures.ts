import { randomUUID } from 'node:crypto'
import { type ErbmCiteDetail, ErbmCiteDetailSchema } from '@heritage-watch/shared'
import type pg from 'pg'
import { expect } from 'vitest'
import { hashPassword } from '../../../src/auth/passwords.ts'
import { inAccountsTransaction } from '../../../src/db/accounts-repo.ts'
import { insertUser } from '../../../src/services/accounts/users.ts'
import { type Session, TEST_PASSWORD, type useAccounts } from '../../auth/accounts-fixtures.ts'
import type { TestApp } from '../../helpers/test-app.ts'

// Real cités of the ERBM layer (data/raw/cites-erbm.geojson, id = id_lsm), one per test file so that files
// sharing the database never read each other's follow-up.
export const CITE_NUMERO_9_LENS = '219' // Cité n°9 de Lens, Lens and Liévin
export const CITE_ANCHIN = '349' // Cité Anchin, Noyelles-sous-Lens and Sallaumines
export const CITE_DARCY = '380' // Cité Darçy, Hénin-Beaumont
export const CITE_PARISIENNE = '360' // Cité de la Parisienne, Drocourt and Hénin-Beaumont

/**
 * A logged-in officer that the accounts cleanup leaves in place: the follow-up's rows and its append-only
 * events name their author, so the account cannot be deleted (the test database is thrown away anyway).
 */
export async function keptOfficer(
  server: { pool: pg.Pool },
  accounts: ReturnType<typeof useAccounts>,
): Promise<Session> {
  const email = `erbm-officer-${randomUUID().slice(0, 8)}@erbm-kept.test.invalid`
  const fields = {
    email,
    displayName: 'Test officer ERBM',
    role: 'officer' as const,
    organisationId: null,
    passwordHash: await hashPassword(TEST_PASSWORD),
  }
  await inAccountsTransaction(server.pool, (repo) => insertUser(repo, fields))
  return accounts.login(email)
}

/** Sends a request as `session` (or anonymously) and returns the response. */
export function send(
  app: TestApp,
  session: Session | null,
  request: {
    method: 'GET' | 'PUT' | 'POST'
    url: string
    payload?: unknown
    headers?: Record<string, string>
  },
) {
  return app.inject({
    method: request.method,
    url: request.url,
    headers: { ...(session?.headers ?? {}), ...(request.headers ?? {}) },
    ...(request.payload === undefined ? {} : { payload: request.payload as string }),
  })
}

/** The follow-up of a cité, checked against the contract. */
export async function followUp(app: TestApp, session: Session, citeId: string): Promise<ErbmCiteDetail> {
  const response = await send(app, session, { method: 'GET', url: `/erbm/cites/${citeId}` })
  expect(response.statusCode, response.body).toBe(200)
  return ErbmCiteDetailSchema.parse(response.json())
}

/** How many rows the follow-up tables hold: a refused request must change none of them. */
export async function erbmTableCounts(pool: pg.Pool) {
  const { rows } = await pool.query(`SELECT
    (SELECT count(*) FROM erbm_followup)::int AS followups, (SELECT count(*) FROM erbm_phase)::int AS phases,
    (SELECT count(*) FROM erbm_opinion)::int AS opinions,
    (SELECT count(*) FROM erbm_opinion_attachment)::int AS attachments,
    (SELECT count(*) FROM erbm_dossier)::int AS dossiers, (SELECT count(*) FROM erbm_evaluation)::int AS evaluations,
    (SELECT count(*) FROM erbm_evaluation_photo)::int AS photos, (SELECT count(*) FROM erbm_event)::int AS events`)
  return rows[0] as Record<
    'followups' | 'phases' | 'opinions' | 'attachments' | 'dossiers' | 'evaluations' | 'photos' | 'events',
    number
  >
}

/** A minimal real PDF file, enough for content sniffing. */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
)

/** A multipart body: one JSON field, then file parts (each with its own part name). */
export function erbmForm(
  jsonField: string,
  json: unknown,
  files: { part: string; filename: string; contentType: string; content: Buffer }[],
) {
  const boundary = `----erbm-${randomUUID()}`
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${jsonField}"\r\n\r\n${JSON.stringify(json)}\r\n`,
    ),
  ]
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.part}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    )
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}
