import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import { pngImage } from '../alerts/alert-fixtures.ts'

// Synthetic follow-up written straight into the tables of migrations 0009 and 0010, as the services of
// constats and ERBM would: the sheets read those tables and nothing else. Constats and ERBM rows are
// append-only (their triggers refuse deletes), so their authors and organisations are made here, apart
// from the accounts fixture's tagged ones, which its cleanup deletes; the test databases are thrown away.

const FIXTURE_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c3ludGhldGljJCQk$c3ludGhldGljLWZpeHR1cmUtbm90LWEtaGFzaA'

export async function fixtureOrganisation(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    'INSERT INTO organisation (name) VALUES ($1) RETURNING id',
    [`sheets fixture ${randomUUID()}`],
  )
  return rows[0]!.id
}

/** An account that writes fixture rows; nobody logs in as it. */
export async function fixtureAuthor(pool: pg.Pool, organisationId: string | null): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO app_user (email, display_name, role, organisation_id, password_hash)
     VALUES ($1, 'Synthetic sheet fixture', $2, $3, $4) RETURNING id`,
    [
      `sheets-${randomUUID()}@fixtures.invalid`,
      organisationId ? 'partner' : 'officer',
      organisationId,
      FIXTURE_HASH,
    ],
  )
  return rows[0]!.id
}

export interface ConstatFixture {
  collection: string
  table: string
  featureId: string
  visitedOn: string
  condition: string
  note: string
  authorId: string
  organisationId: string
  photo?: boolean
}

/** A validated constat (a visit), with a photo when asked; returns its reference "C-000042". */
export async function insertConstat(pool: pg.Pool, constat: ConstatFixture): Promise<string> {
  const { rows } = await pool.query<{ id: string; reference: string }>(
    `INSERT INTO assessment (collection, feature_table, feature_id, label, visited_on, condition, trend, occupancy,
       priority, threats, note, author_id, organisation_id)
     VALUES ($1, $2, $3, 'fixture', $4, $5, 'stable', 'sans_objet', 'C', '{vegetation}', $6, $7, $8)
     RETURNING id, 'C-' || lpad(number::text, 6, '0') AS reference`,
    [
      constat.collection,
      constat.table,
      constat.featureId,
      constat.visitedOn,
      constat.condition,
      constat.note,
      constat.authorId,
      constat.organisationId,
    ],
  )
  const { id, reference } = rows[0]!
  if (constat.photo) {
    const image = pngImage(16)
    await pool.query(
      `INSERT INTO assessment_photo (assessment_id, filename, media_type, byte_size, sha256, content)
       VALUES ($1, 'constat.png', 'image/png', $2, encode(sha256($3), 'hex'), $3)`,
      [id, image.length, image],
    )
  }
  return reference
}

/** A followed ERBM cité: bailleur, phases, an opinion, a dossier and one bilan visit. */
export async function insertErbmFollowup(pool: pg.Pool, citeId: string, authorId: string): Promise<void> {
  await pool.query(
    `INSERT INTO erbm_followup (cite_id, bailleur, logements, updated_by) VALUES ($1, 'Bailleur synthétique', 120, $2)
     ON CONFLICT (cite_id) DO NOTHING`,
    [citeId, authorId],
  )
  await pool.query(
    `INSERT INTO erbm_phase (cite_id, phase, started_on, ended_on, updated_by)
     VALUES ($1, 'etudes', '2023-01-10', '2023-09-30', $2), ($1, 'travaux', '2024-03-01', NULL, $2)
     ON CONFLICT DO NOTHING`,
    [citeId, authorId],
  )
  await pool.query(
    `INSERT INTO erbm_opinion (cite_id, given_on, subject, verdict, text, author_id)
     VALUES ($1, '2023-06-15', 'facades', 'favorable_avec_reserves', 'Avis synthétique <b>échappé</b>', $2)`,
    [citeId, authorId],
  )
  await pool.query(
    `INSERT INTO erbm_dossier (cite_id, number, url, created_by) VALUES ($1, '424242', 'https://www.demarches-simplifiees.fr/dossiers/424242', $2)
     ON CONFLICT DO NOTHING`,
    [citeId, authorId],
  )
  await pool.query(
    `INSERT INTO erbm_evaluation (cite_id, visited_on, habitabilite_score, facades_score, abords_score,
       patrimoine_score, facades_comment, author_id)
     VALUES ($1, '2025-05-20', 3, 2, 4, 3, 'Menuiseries synthétiques', $2)`,
    [citeId, authorId],
  )
}
