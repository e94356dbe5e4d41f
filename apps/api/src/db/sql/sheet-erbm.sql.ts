// A cité's ERBM follow-up as the fiche-bilan prints it (issue #10 §3-4; migrations/0010_erbm_followup.sql),
// each query by the cité id $1.

export const ERBM_FOLLOWUP_SQL = `
SELECT bailleur, logements, updated_at AS "updatedAt" FROM erbm_followup WHERE cite_id = $1`

/** The phases in the programme's order. */
export const ERBM_PHASES_SQL = `
SELECT phase, to_char(started_on, 'YYYY-MM-DD') AS "startedOn", to_char(ended_on, 'YYYY-MM-DD') AS "endedOn"
FROM erbm_phase WHERE cite_id = $1
ORDER BY array_position(ARRAY['etudes', 'moe_logements', 'moe_espaces_publics', 'travaux', 'livree'], phase)`

export const ERBM_CURRENT_PHASE_SQL = `SELECT phase FROM erbm_current_phase WHERE cite_id = $1`

/** The Mission's opinions, newest first, with how many attachments each has (their bytes stay out). */
export const ERBM_OPINIONS_SQL = `
SELECT to_char(o.given_on, 'YYYY-MM-DD') AS "givenOn", o.subject, o.verdict, o.text,
       o.dossier_number AS "dossierNumber",
       (SELECT count(*) FROM erbm_opinion_attachment AS a WHERE a.opinion_id = o.id)::int AS attachments
FROM erbm_opinion AS o WHERE o.cite_id = $1
ORDER BY o.given_on DESC, o.created_at DESC`

export const ERBM_DOSSIERS_SQL = `
SELECT number, url, label FROM erbm_dossier WHERE cite_id = $1 ORDER BY created_at, number`

/** The bilan qualitatif's visits, newest first. */
export const ERBM_EVALUATIONS_SQL = `
SELECT id, to_char(visited_on, 'YYYY-MM-DD') AS "visitedOn",
       habitabilite_score AS "habitabiliteScore", habitabilite_comment AS "habitabiliteComment",
       facades_score AS "facadesScore", facades_comment AS "facadesComment",
       abords_score AS "abordsScore", abords_comment AS "abordsComment",
       patrimoine_score AS "patrimoineScore", patrimoine_comment AS "patrimoineComment"
FROM erbm_evaluation WHERE cite_id = $1
ORDER BY visited_on DESC, created_at DESC`

/** The photos of the cité's visits, newest first, at most $2, each under $3 bytes (else counted only). */
export const ERBM_PHOTOS_SQL = `
SELECT 'bilan' AS origin, to_char(e.visited_on, 'YYYY-MM-DD') AS reference, p.filename,
       p.media_type AS "mediaType", p.byte_size AS "byteSize",
       CASE WHEN p.byte_size <= $3::integer THEN p.content END AS content, p.created_at AS "createdAt"
FROM erbm_evaluation_photo AS p JOIN erbm_evaluation AS e ON e.id = p.evaluation_id
WHERE e.cite_id = $1
ORDER BY p.created_at DESC
LIMIT $2::integer`
