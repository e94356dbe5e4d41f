import type pg from 'pg'

// A SYNTHETIC fixture for GET /indicators whose every answer is written by hand in the tests. It is dated
// 2001-2002, long before any real or other test's alert, and the tests ask for those years only: the
// database is shared by the files of a run. Places are points on real features (ST_PointOnSurface):
//   E63AN  property element 63AN, Lens (in the property)      T81A  terril 81A, Lens (buffer zone)
//   T59    terril 59, Loos-en-Gohelle (buffer zone)           E23   property element 23, Lewarde
//   S91A   endangered site 91A, Barlin

const POINTS = `
WITH points(name, geom) AS (
  SELECT 'E63AN', ST_PointOnSurface(geom) FROM property_element WHERE id = '63AN'
  UNION ALL SELECT 'E23', ST_PointOnSurface(geom) FROM property_element WHERE id = '23'
  UNION ALL SELECT 'T81A', ST_PointOnSurface(geom) FROM terril WHERE id = '81A'
  UNION ALL SELECT 'T59', ST_PointOnSurface(geom) FROM terril WHERE id = '59'
  UNION ALL SELECT 'S91A', ST_PointOnSurface(geom) FROM site_at_risk WHERE id = '91A'
)`

const COMMUNES: Record<string, [string, string]> = {
  E63AN: ['62498', 'Lens'],
  T81A: ['62498', 'Lens'],
  T59: ['62528', 'Loos-en-Gohelle'],
  E23: ['59345', 'Lewarde'],
}

interface FixtureAlert {
  place: 'T81A' | 'E23' | 'T59'
  createdAt: string
  status: string
  severity: string
  category: string
  inProperty: boolean
  /** Events after the creation: hours after it, by the reporter or the officer. */
  events: { hours: number; by: 'reporter' | 'officer'; kind: 'status' | 'comment'; to?: string }[]
}

/** A1–A5 are of 2001, A6 of 2002. */
export const FIXTURE_ALERTS: FixtureAlert[] = [
  {
    place: 'T81A',
    createdAt: '2001-03-10T10:00:00Z',
    status: 'resolue',
    severity: 'high',
    category: 'travaux_non_conformes',
    inProperty: false,
    events: [
      { hours: 2, by: 'officer', kind: 'comment' },
      { hours: 4, by: 'officer', kind: 'status', to: 'prise_en_compte' },
      { hours: 10, by: 'officer', kind: 'status', to: 'en_cours' },
      { hours: 50, by: 'officer', kind: 'status', to: 'resolue' },
    ],
  },
  {
    place: 'T81A',
    createdAt: '2001-03-20T09:00:00Z',
    status: 'nouvelle',
    severity: 'low',
    category: 'projet_construction',
    inProperty: false,
    events: [],
  },
  {
    place: 'T81A',
    createdAt: '2001-04-05T08:00:00Z',
    status: 'en_cours',
    severity: 'medium',
    category: 'projet_construction',
    inProperty: false,
    events: [
      { hours: 6, by: 'officer', kind: 'status', to: 'prise_en_compte' },
      { hours: 8, by: 'officer', kind: 'status', to: 'en_cours' },
    ],
  },
  {
    place: 'E23',
    createdAt: '2001-04-15T12:00:00Z',
    status: 'resolue',
    severity: 'critical',
    category: 'demolition',
    inProperty: true,
    events: [
      // The reporter's own comment is no response.
      { hours: 1, by: 'reporter', kind: 'comment' },
      { hours: 12, by: 'officer', kind: 'status', to: 'prise_en_compte' },
      { hours: 13, by: 'officer', kind: 'status', to: 'en_cours' },
      { hours: 24, by: 'officer', kind: 'status', to: 'resolue' },
    ],
  },
  {
    place: 'T59',
    createdAt: '2001-05-01T15:00:00Z',
    status: 'rejetee',
    severity: 'medium',
    category: 'erosion',
    inProperty: false,
    events: [{ hours: 3, by: 'officer', kind: 'status', to: 'rejetee' }],
  },
  {
    place: 'T81A',
    createdAt: '2002-01-10T10:00:00Z',
    status: 'nouvelle',
    severity: 'high',
    category: 'travaux_non_conformes',
    inProperty: false,
    events: [],
  },
]

const INSERT_ALERT = `${POINTS}
INSERT INTO alert (title, description, category, severity, status, observed_on, geom, geometry_origin,
                   context, reporter_id, organisation_id, created_at, updated_at)
SELECT '[test] synthetic indicators alert', 'Synthetic alert of the indicators fixture.', $2, $3, $4,
       $5::timestamptz::date, points.geom, 'drawn', $6::jsonb, $7, $8, $5::timestamptz, $5::timestamptz
FROM points WHERE points.name = $1
RETURNING id`

const INSERT_EVENT = `INSERT INTO alert_event (alert_id, kind, author_id, at, data)
VALUES ($1, $2, $3, $4::timestamptz + make_interval(hours => $5), $6::jsonb)`

interface FixtureAssessment {
  table: string
  id: string
  place: keyof typeof COMMUNES | 'S91A'
  visitedOn: string
  condition: string
  trend: string
  priority: string
  status?: string
  source?: string
}

/** S1–S4 validated of 2001, S5 a proposal, S6 of 2002, S7 what a source said in 2000. */
export const FIXTURE_ASSESSMENTS: FixtureAssessment[] = [
  {
    table: 'property_element',
    id: '63AN',
    place: 'E63AN',
    visitedOn: '2001-02-01',
    condition: 'mauvais',
    trend: 'degradation',
    priority: 'C',
  },
  {
    table: 'property_element',
    id: '63AN',
    place: 'E63AN',
    visitedOn: '2001-06-01',
    condition: 'moyen',
    trend: 'amelioration',
    priority: 'F',
  },
  {
    table: 'terril',
    id: '81A',
    place: 'T81A',
    visitedOn: '2001-05-05',
    condition: 'bon',
    trend: 'stable',
    priority: 'E',
  },
  {
    table: 'terril',
    id: '59',
    place: 'T59',
    visitedOn: '2001-08-01',
    condition: 'mauvais',
    trend: 'degradation',
    priority: 'B',
  },
  {
    table: 'terril',
    id: '59',
    place: 'T59',
    visitedOn: '2001-07-01',
    condition: 'tres_mauvais',
    trend: 'degradation',
    priority: 'A',
    status: 'proposee',
  },
  {
    table: 'terril',
    id: '81A',
    place: 'T81A',
    visitedOn: '2002-03-01',
    condition: 'tres_mauvais',
    trend: 'degradation',
    priority: 'A',
  },
  {
    table: 'site_at_risk',
    id: '91A',
    place: 'S91A',
    visitedOn: '2000-06-01',
    condition: 'tres_mauvais',
    trend: 'inconnue',
    priority: 'A',
    source: 'synthetic test source',
  },
]

const INSERT_ASSESSMENT = `${POINTS}
INSERT INTO assessment (collection, feature_table, feature_id, label, visited_on, condition, trend,
                        occupancy, priority, status, origin, source, author_id, anchor)
SELECT $2, $2, $3, '[test] synthetic constat', $4::date, $5, $6, 'inconnu', $7, $8,
       CASE WHEN $9::text IS NULL THEN 'visite' ELSE 'source' END, $9::text,
       CASE WHEN $9::text IS NULL THEN $10::uuid END, points.geom
FROM points WHERE points.name = $1`

/** ERBM: cité 208 (Lens) and 241 (Liévin, Loos-en-Gohelle) followed, with one bilan visit each. */
const ERBM_SQL = [
  `INSERT INTO erbm_phase (cite_id, phase, started_on) VALUES
     ('208', 'etudes', '2000-01-01'), ('208', 'moe_logements', '2001-03-01'),
     ('241', 'travaux', '2001-05-01'), ('241', 'livree', '2002-02-01')
   ON CONFLICT DO NOTHING`,
  `INSERT INTO erbm_evaluation (cite_id, visited_on, habitabilite_score, facades_score, abords_score,
                                patrimoine_score, author_id) VALUES
     ('208', '2001-04-01', 3, 2, 4, 1, $1), ('241', '2001-09-01', 1, 2, 2, 3, $1)`,
]

/** Writes the whole fixture; `reporter` a partner, `officer` an officer. */
export async function insertIndicatorsFixture(
  pool: pg.Pool,
  people: { reporter: { id: string; organisationId: string | null }; officer: { id: string } },
) {
  for (const alert of FIXTURE_ALERTS) {
    const [insee, name] = COMMUNES[alert.place]!
    const context = {
      components: [],
      elements: [],
      terrils: [],
      protectedSites: [],
      erbmCites: [],
      inProperty: alert.inProperty,
      inBufferZone: !alert.inProperty,
      communes: [{ collection: 'communes', id: insee, label: name }],
    }
    const { rows } = await pool.query<{ id: string }>(INSERT_ALERT, [
      alert.place,
      alert.category,
      alert.severity,
      alert.status,
      alert.createdAt,
      JSON.stringify(context),
      people.reporter.id,
      people.reporter.organisationId,
    ])
    const alertId = rows[0]!.id
    await pool.query(INSERT_EVENT, [alertId, 'created', people.reporter.id, alert.createdAt, 0, '{}'])
    for (const event of alert.events) {
      const author = event.by === 'officer' ? people.officer.id : people.reporter.id
      const data = event.kind === 'status' ? { to: event.to } : { text: 'synthetic comment' }
      await pool.query(INSERT_EVENT, [
        alertId,
        event.kind,
        author,
        alert.createdAt,
        event.hours,
        JSON.stringify(data),
      ])
    }
  }
  for (const a of FIXTURE_ASSESSMENTS) {
    await pool.query(INSERT_ASSESSMENT, [
      a.place,
      a.table,
      a.id,
      a.visitedOn,
      a.condition,
      a.trend,
      a.priority,
      a.status ?? 'validee',
      a.source ?? null,
      people.officer.id,
    ])
  }
  await pool.query(ERBM_SQL[0]!)
  await pool.query(ERBM_SQL[1]!, [people.officer.id])
}

/** A square of about 700 m around the Fosse Delloye (element 23, Lewarde), holding alert A4 only. */
export const LEWARDE_SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [3.1677, 50.3271],
      [3.1777, 50.3271],
      [3.1777, 50.3371],
      [3.1677, 50.3371],
      [3.1677, 50.3271],
    ],
  ],
}
