import { AlertListSchema } from '@heritage-watch/shared'
import type pg from 'pg'
import { describe, expect, it } from 'vitest'
import { type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from './alert-fixtures.ts'

// The tables migrations 0020 and 0022 keep by triggers (issue 12 §4): alerts per organisation, status,
// severity and category; each alert's communes; answered alerts per bucket of delay hours; 0012's per-day
// counts and 0022's per-month ones. After every kind of write they must equal what the alerts say,
// counted here by SQL of the test's own. Writes go in a
// transaction that is rolled back; SET CONSTRAINTS ALL IMMEDIATE runs the triggers deferred to the COMMIT.

const server = useTestApp()
const accounts = useAccounts(server)

const FACETS_KEPT = `SELECT organisation_id, status, severity, category, alerts FROM alert_facet_count
  ORDER BY 1, 2, 3, 4`
const FACETS_COUNTED = `SELECT organisation_id, status, severity, category, count(*)::int AS alerts
  FROM alert GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`
const DAYS_KEPT = `SELECT day::text, dimension, key, alerts FROM alert_day_count ORDER BY 1, 2, 3`
const DAYS_COUNTED = `SELECT (a.created_at AT TIME ZONE 'Europe/Paris')::date::text AS day, v.dimension, v.key,
    count(*)::int AS alerts
  FROM alert AS a CROSS JOIN LATERAL (VALUES ('status', a.status), ('severity', a.severity),
    ('category', a.category), ('zone', alert_zone(a.context))) AS v (dimension, key)
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`
const MONTHS_KEPT = `SELECT month::text, dimension, key, alerts FROM alert_month_count ORDER BY 1, 2, 3`
const MONTHS_COUNTED = `SELECT to_char(a.created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-01') AS month, v.dimension,
    v.key, count(*)::int AS alerts
  FROM alert AS a CROSS JOIN LATERAL (VALUES ('status', a.status), ('severity', a.severity),
    ('category', a.category), ('zone', alert_zone(a.context))) AS v (dimension, key)
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`
/** Buffer-zone alerts per French day or month (to_char format), category and commune. */
const BUFFER_COUNTED = (format: string) => `SELECT
    to_char(a.created_at AT TIME ZONE 'Europe/Paris', '${format}') AS period, a.category, c->>'id' AS commune_id,
    COALESCE(c->>'label', c->>'id') AS label, count(*)::int AS alerts
  FROM alert AS a CROSS JOIN LATERAL jsonb_array_elements(COALESCE(a.context->'communes', '[]')) AS c
  WHERE (a.context->>'inBufferZone')::boolean AND c->>'id' IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`
const BUFFER_DAYS_KEPT = `SELECT day::text AS period, category, commune_id, label, alerts
  FROM alert_buffer_commune_count ORDER BY 1, 2, 3, 4`
const BUFFER_MONTHS_KEPT = `SELECT month::text AS period, category, commune_id, label, alerts
  FROM alert_buffer_commune_month_count ORDER BY 1, 2, 3, 4`
const COMMUNES_KEPT = `SELECT alert_id, commune_id, folded_label FROM alert_commune ORDER BY 1, 2, 3`
const COMMUNES_COUNTED = `SELECT DISTINCT a.id AS alert_id, c->>'id' AS commune_id, hw_fold(c->>'label') AS folded_label
  FROM alert AS a CROSS JOIN LATERAL jsonb_array_elements(COALESCE(a.context->'communes', '[]')) AS c
  ORDER BY 1, 2, 3`
const COMMUNE_COUNTS_KEPT = `SELECT commune_id, folded_label, alerts FROM alert_commune_count ORDER BY 1, 2`
const COMMUNE_COUNTS_COUNTED = `SELECT commune_id, folded_label, count(*)::int AS alerts FROM alert_commune
  GROUP BY 1, 2 ORDER BY 1, 2`
const BUCKETS_KEPT = `SELECT kind, bucket, alerts FROM alert_delay_bucket_count ORDER BY 1, 2`
const BUCKETS_COUNTED = `SELECT kind, bucket, count(*)::int AS alerts FROM (
    SELECT 'response' AS kind, alert_delay_bucket(response_hours) AS bucket FROM alert_delay
    WHERE response_hours IS NOT NULL
    UNION ALL
    SELECT 'resolution', alert_delay_bucket(resolution_hours) FROM alert_delay
    WHERE resolution_hours IS NOT NULL) AS d
  GROUP BY 1, 2 ORDER BY 1, 2`

/** Runs the deferred triggers, then expects every kept table to equal its recount. */
async function expectKeptExact(client: pg.PoolClient, step: string) {
  await client.query('SET CONSTRAINTS ALL IMMEDIATE')
  for (const [kept, counted] of [
    [FACETS_KEPT, FACETS_COUNTED],
    [DAYS_KEPT, DAYS_COUNTED],
    [MONTHS_KEPT, MONTHS_COUNTED],
    [BUFFER_DAYS_KEPT, BUFFER_COUNTED('YYYY-MM-DD')],
    [BUFFER_MONTHS_KEPT, BUFFER_COUNTED('YYYY-MM-01')],
    [COMMUNES_KEPT, COMMUNES_COUNTED],
    [COMMUNE_COUNTS_KEPT, COMMUNE_COUNTS_COUNTED],
    [BUCKETS_KEPT, BUCKETS_COUNTED],
  ] as const) {
    const [left, right] = [(await client.query(kept)).rows, (await client.query(counted)).rows]
    expect(left, `${step}: ${kept.slice(0, 60)}`).toEqual(right)
  }
}

/** A synthetic alert ("[test] …") on the first alert's context with other communes, by SQL. */
async function insertSynthetic(client: pg.PoolClient, reporter: Session, values: string) {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO alert (title, description, category, severity, status, observed_on, geom, geometry_origin,
                        context, reporter_id, organisation_id, created_at)
     SELECT '[test] synthetic flat-count alert', 'Synthetic, rolled back.', v.category, v.severity, v.status,
            current_date, ST_SetSRID(ST_MakePoint(2.78, 50.43), 4326), 'drawn',
            jsonb_build_object('inProperty', false, 'inBufferZone', v.buffer, 'communes', v.communes::jsonb),
            $1, $2, now() - v.age::interval
     FROM (VALUES ${values}) AS v (category, severity, status, buffer, communes, age)
     RETURNING id`,
    [reporter.user.id, reporter.user.organisation?.id ?? null],
  )
  return rows.map((row) => row.id)
}

describe('counts kept by the triggers of migration 0020', () => {
  it('stay equal to the alerts after inserts, updates of every counted column, events and deletes', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const client = await server.pool.connect()
    try {
      await client.query('BEGIN')
      await expectKeptExact(client, 'before')
      const ids = await insertSynthetic(
        client,
        partner,
        `('erosion', 'low', 'nouvelle', true, '[{"id": "62498", "label": "Lens"}]', '0 hours'),
         ('incendie', 'critical', 'en_cours', false,
          '[{"id": "62510", "label": "Liévin"}, {"id": "62498", "label": "Lens"}]', '3 days'),
         ('autre', 'medium', 'nouvelle', false, '[]', '40 days'),
         ('projet_construction', 'high', 'nouvelle', true,
          '[{"id": "62510", "label": "Liévin"}, {"id": "62510", "label": "Liévin"}]', '400 days')`,
      )
      await expectKeptExact(client, 'insert')
      await client.query(`UPDATE alert SET status = 'prise_en_compte' WHERE id = $1`, [ids[0]])
      await client.query(`UPDATE alert SET severity = 'high', category = 'vandalisme' WHERE id = $1`, [
        ids[1],
      ])
      await client.query(`UPDATE alert SET organisation_id = NULL WHERE id = $1`, [ids[2]])
      // Into another month: its day and month counts move.
      await client.query(`UPDATE alert SET created_at = created_at - interval '31 days' WHERE id = $1`, [
        ids[3],
      ])
      await client.query(
        `UPDATE alert SET context = jsonb_set(context, '{communes}', '[{"id": "62427", "label": "Harnes"}]')
         WHERE id = $1`,
        [ids[0]],
      )
      await expectKeptExact(client, 'update')
      // Delays: a response by somebody else, then a resolution, at chosen hours after the creation.
      for (const [hours, kind, data] of [
        [5.5, 'comment', {}],
        [30, 'status', { from: 'en_cours', to: 'resolue' }],
        [2, 'comment', {}],
      ] as const) {
        await client.query(
          `INSERT INTO alert_event (alert_id, kind, author_id, data, at)
           SELECT id, $2, $3, $4::jsonb, created_at + $5 * interval '1 hour' FROM alert WHERE id = $1`,
          [ids[1], kind, officer.user.id, JSON.stringify(data), hours],
        )
      }
      await expectKeptExact(client, 'events')
      // An alert with a history is never deleted (alert_event has no cascade): the other two are.
      await client.query(`DELETE FROM alert WHERE id = ANY($1::uuid[])`, [[ids[0], ids[2], ids[3]]])
      await expectKeptExact(client, 'delete')
    } finally {
      await client.query('ROLLBACK')
      client.release()
    }
  })

  it('answer GET /alerts numberMatched and the page as the alerts themselves do', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const created = await createAlert(server.app, partner, { category: 'incendie', severity: 'high' })
    const communes = (
      await server.pool.query<{ label: string }>(
        `SELECT c->>'label' AS label FROM alert AS a, jsonb_array_elements(a.context->'communes') AS c
         WHERE a.id = $1`,
        [created.id],
      )
    ).rows.map((row) => row.label)
    expect(communes.length).toBeGreaterThan(0)
    // The start of a name, with another case: what the commune filter always matched.
    const prefix = communes[0]!.slice(0, 3).toUpperCase()
    const counted = async (where: string, values: unknown[]) =>
      (
        await server.pool.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM alert AS a WHERE ${where}`,
          values,
        )
      ).rows[0]!.count
    const communeWhere = `EXISTS (SELECT 1 FROM jsonb_array_elements(a.context->'communes') AS c
      WHERE c->>'id' = $1 OR strpos(hw_fold(c->>'label'), hw_fold($1)) = 1)`
    const cases: [Session, string, string, unknown[]][] = [
      [officer, `commune=${encodeURIComponent(prefix)}`, communeWhere, [prefix]],
      [
        partner,
        `commune=${encodeURIComponent(prefix)}`,
        `${communeWhere} AND a.organisation_id = $2`,
        [prefix, partner.user.organisation!.id],
      ],
      [
        officer,
        'status=nouvelle&severity=high&category=incendie',
        `status = 'nouvelle' AND severity = 'high' AND category = 'incendie'`,
        [],
      ],
      [
        partner,
        'category=incendie',
        `category = 'incendie' AND a.organisation_id = $1`,
        [partner.user.organisation!.id],
      ],
    ]
    for (const [session, query, where, values] of cases) {
      const response = await server.app.inject({
        url: `/alerts?${query}&limit=100`,
        headers: session.headers,
      })
      expect(response.statusCode, response.body).toBe(200)
      const list = AlertListSchema.parse(response.json())
      expect(list.numberMatched, query).toBe(await counted(where, values))
      expect(list.numberMatched, query).toBeGreaterThan(0)
      expect(
        list.alerts.map((item) => item.id),
        query,
      ).toContain(created.id)
    }
  })
})
