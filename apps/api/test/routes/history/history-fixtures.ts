import type pg from 'pg'

// Constats and ERBM follow-up written straight into the tables of migrations 0009 and 0010: their own
// services are built elsewhere (issue #10 §2 and §3), and the timeline only reads the tables. Every value
// is a test value on a real feature of the loaded layers.

/** A terril of the buffer zone, so that it is in both `terrils` and `zone-tampon-terrils`. */
export async function bufferZoneTerril(pool: pg.Pool): Promise<string> {
  // Not 74A, which most alert tests use, and from the end of the list, away from the constats' suites
  // (assessment-fixtures.ts takes terrils from its start): this file's timeline stays readable.
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM terril WHERE zone = 'zone_tampon' AND id <> '74A' ORDER BY id DESC LIMIT 1`,
  )
  return rows[0]!.id
}

/** An ERBM cité of the loaded layer. */
export async function erbmCite(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ id: string }>('SELECT id FROM erbm_cite ORDER BY id LIMIT 1')
  return rows[0]!.id
}

/** A constat on a terril with its first event; `at` dates the event (default: now). */
export async function insertAssessment(
  pool: pg.Pool,
  options: {
    terrilId: string
    authorId: string
    organisationId: string | null
    status: 'proposee' | 'validee'
    condition: 'bon' | 'moyen' | 'mauvais' | 'tres_mauvais'
    at?: string
  },
): Promise<{ id: string; reference: string }> {
  const { rows } = await pool.query<{ id: string; reference: string }>(
    `INSERT INTO assessment (collection, feature_table, feature_id, label, visited_on, condition, trend,
       occupancy, priority, status, author_id, organisation_id)
     VALUES ('terrils', 'terril', $1, 'Terril ' || $1, '2026-11-02', $2, 'stable', 'sans_objet', 'C', $3, $4, $5)
     RETURNING id, 'C-' || lpad(number::text, 6, '0') AS reference`,
    [options.terrilId, options.condition, options.status, options.authorId, options.organisationId],
  )
  const assessment = rows[0]!
  await pool.query(
    `INSERT INTO assessment_event (assessment_id, kind, author_id, at)
     VALUES ($1, $2, $3, COALESCE($4::timestamptz, clock_timestamp()))`,
    [
      assessment.id,
      options.status === 'proposee' ? 'proposed' : 'created',
      options.authorId,
      options.at ?? null,
    ],
  )
  return assessment
}

/** An avis, a bilan qualitatif and a phase change on a cité, by `authorId`. */
export async function insertErbmFollowUp(pool: pg.Pool, citeId: string, authorId: string) {
  await pool.query(
    `INSERT INTO erbm_opinion (cite_id, given_on, subject, verdict, author_id, created_at)
     VALUES ($1, '2026-10-01', 'facades', 'favorable_avec_reserves', $2, now() - interval '3 days')`,
    [citeId, authorId],
  )
  await pool.query(
    `INSERT INTO erbm_evaluation (cite_id, visited_on, habitabilite_score, facades_score, abords_score,
       patrimoine_score, author_id, created_at)
     VALUES ($1, '2026-10-15', 3, 2, 4, 3, $2, now() - interval '2 days')`,
    [citeId, authorId],
  )
  await pool.query(
    `INSERT INTO erbm_event (cite_id, kind, author_id, at, data)
     VALUES ($1, 'phase', $2, now() - interval '1 day', '{"phase": "travaux"}')`,
    [citeId, authorId],
  )
}
