import { type Assessment, type AssessmentCreateRequest, AssessmentSchema } from '@heritage-watch/shared'
import type pg from 'pg'
import { expect } from 'vitest'
import type { Session } from '../../auth/accounts-fixtures.ts'
import type { TestApp } from '../../helpers/test-app.ts'

/** A valid constat of terril 74A, to spread with the fields a test changes. */
export const TERRIL_74A_ASSESSMENT: AssessmentCreateRequest = {
  feature: { collection: 'terrils', id: '74A' },
  visitedOn: '2026-10-02',
  condition: 'moyen',
  trend: 'stable',
  occupancy: 'sans_objet',
  priority: 'E',
  threats: ['erosion', 'vegetation'],
  note: 'Ravines sur le flanc nord.',
}

/**
 * Terrils no other test file writes constats on: the test database is shared by the files of a project,
 * so each file takes its own slice of the terrils (by `offset`) and its series start empty.
 */
export async function terrilsForFile(pool: pg.Pool, offset: number, count: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    // Terrils without constats yet: suites share the database and run in any order.
    `SELECT id FROM terril AS t
     WHERE id <> '74A'
       AND NOT EXISTS (SELECT 1 FROM assessment AS a WHERE a.feature_table = 'terril' AND a.feature_id = t.id)
     ORDER BY id OFFSET $1 LIMIT $2`,
    [offset, count],
  )
  return rows.map((row) => row.id)
}

/** How many constats, events and photos are stored: a refused request must change none of them. */
export async function assessmentTableCounts(pool: pg.Pool) {
  const { rows } = await pool.query<{ assessments: number; events: number; photos: number }>(
    `SELECT (SELECT count(*) FROM assessment)::int AS assessments,
            (SELECT count(*) FROM assessment_event)::int AS events,
            (SELECT count(*) FROM assessment_photo)::int AS photos`,
  )
  return rows[0]!
}

/** Records a constat as `session`, checked against the contract. */
export async function createAssessment(
  app: TestApp,
  session: Session,
  body: Partial<AssessmentCreateRequest> = {},
  headers: Record<string, string> = {},
): Promise<Assessment> {
  const response = await app.inject({
    method: 'POST',
    url: '/assessments',
    headers: { ...session.headers, ...headers },
    payload: { ...TERRIL_74A_ASSESSMENT, ...body },
  })
  expect(response.statusCode, response.body).toBe(201)
  return AssessmentSchema.parse(response.json())
}
