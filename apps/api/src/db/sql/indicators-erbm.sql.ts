import { ERBM_PHASES } from '@heritage-watch/shared'
import { AREA_CTE, inArea, inPeriod } from './indicators-area.sql.ts'

// The ERBM indicators: the cités of the ERBM layer in the area, by the phase they were in at the period's
// end (as the erbm_current_phase view orders them), and the mean bilan scores of the period's visits.

const CITES = `cites AS MATERIALIZED (SELECT c.id FROM erbm_cite AS c WHERE ${inArea('c.geom')})`
const PHASE_ORDER = `ARRAY[${ERBM_PHASES.map((phase) => `'${phase}'`).join(', ')}]`

/** Cités by phase ('non_suivie' when none has begun), and their total. */
export const ERBM_PHASES_SQL = `
WITH ${AREA_CTE}, ${CITES},
current AS (
  SELECT DISTINCT ON (p.cite_id) p.cite_id, p.phase
  FROM erbm_phase AS p JOIN cites ON cites.id = p.cite_id
  WHERE p.started_on IS NOT NULL AND p.started_on <= COALESCE($5::date, 'infinity')
  ORDER BY p.cite_id, p.started_on DESC, array_position(${PHASE_ORDER}, p.phase) DESC
),
facts AS (
  SELECT COALESCE(current.phase, 'non_suivie') AS phase
  FROM cites LEFT JOIN current ON current.cite_id = cites.id
)
SELECT CASE WHEN GROUPING(phase) = 0 THEN 'phase' ELSE 'cites' END AS section,
       COALESCE(phase, 'total') AS key, count(*)::int AS count
FROM facts
GROUP BY GROUPING SETS ((phase), ())`

/** How many evaluations in the period, and each criterion's mean score. */
export const ERBM_SCORES_SQL = `
WITH ${AREA_CTE}, ${CITES}
SELECT count(*)::int AS count,
       avg(e.habitabilite_score)::float8 AS habitabilite,
       avg(e.facades_score)::float8 AS facades,
       avg(e.abords_score)::float8 AS abords,
       avg(e.patrimoine_score)::float8 AS patrimoine
FROM erbm_evaluation AS e JOIN cites ON cites.id = e.cite_id
WHERE ${inPeriod('e.visited_on')}`
