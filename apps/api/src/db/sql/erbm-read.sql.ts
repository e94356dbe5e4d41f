// The reads of the ERBM follow-up (issue #10 §3). Dates come back as 'YYYY-MM-DD' text, never as a JS Date
// shifted by the server's time zone.

/**
 * Every cité of the ERBM layer, or one ($3), with its follow-up's current state: bailleur, current phase,
 * last opinion, latest bilan and the open alerts on it. $1 the open statuses; $2 the organisation the
 * caller's alerts are limited to (NULL: all of them).
 */
export const SELECT_CITE_SUMMARIES_SQL = `
SELECT c.id, c.nom, c.communes, c.priorite_erbm AS priorite,
       f.bailleur, f.logements,
       p.phase, p.started_on::text AS "phaseStartedOn", p.ended_on::text AS "phaseEndedOn",
       o.id AS "opinionId", o.given_on::text AS "opinionGivenOn", o.subject AS "opinionSubject",
       o.verdict AS "opinionVerdict",
       e.visited_on::text AS "visitedOn", e.habitabilite_score AS habitabilite, e.facades_score AS facades,
       e.abords_score AS abords, e.patrimoine_score AS patrimoine,
       (SELECT count(DISTINCT a.id)::int
        FROM alert_feature af JOIN alert a ON a.id = af.alert_id
        WHERE af.feature_table = 'erbm_cite' AND af.feature_id = c.id AND a.status = ANY($1::text[])
          AND ($2::uuid IS NULL OR a.organisation_id = $2::uuid)) AS "openAlerts"
FROM erbm_cite c
LEFT JOIN erbm_followup f ON f.cite_id = c.id
LEFT JOIN erbm_current_phase p ON p.cite_id = c.id
LEFT JOIN LATERAL (
  SELECT id, given_on, subject, verdict FROM erbm_opinion
  WHERE cite_id = c.id ORDER BY given_on DESC, created_at DESC LIMIT 1) o ON true
LEFT JOIN LATERAL (
  SELECT * FROM erbm_evaluation
  WHERE cite_id = c.id ORDER BY visited_on DESC, created_at DESC LIMIT 1) e ON true
WHERE $3::text IS NULL OR c.id = $3::text
ORDER BY c.id`

export const SELECT_PRIORITY_LIST_STATE_SQL = `
SELECT complete, source FROM official_list_state WHERE list = 'priorite_erbm'`

export const SELECT_FOLLOWUP_SQL = `
SELECT bailleur, logements, updated_at AS "updatedAt" FROM erbm_followup WHERE cite_id = $1`

export const SELECT_PHASES_SQL = `
SELECT phase, started_on::text AS "startedOn", ended_on::text AS "endedOn"
FROM erbm_phase WHERE cite_id = $1`

export const SELECT_OPINIONS_SQL = `
SELECT o.id, o.given_on::text AS "givenOn", o.subject, o.verdict, o.text, o.dossier_number AS "dossierNumber",
       o.author_id AS "authorId", u.display_name AS "authorName", o.created_at AS "createdAt",
       COALESCE((SELECT json_agg(json_build_object('id', p.id, 'filename', p.filename,
                  'mediaType', p.media_type, 'byteSize', p.byte_size) ORDER BY p.created_at, p.filename, p.id)
                 FROM erbm_opinion_attachment p WHERE p.opinion_id = o.id), '[]'::json) AS attachments
FROM erbm_opinion o LEFT JOIN app_user u ON u.id = o.author_id
WHERE o.cite_id = $1
ORDER BY o.given_on DESC, o.created_at DESC`

export const SELECT_DOSSIERS_SQL = `
SELECT number, url, label, created_at AS "createdAt"
FROM erbm_dossier WHERE cite_id = $1 ORDER BY created_at, number`

export const SELECT_EVALUATIONS_SQL = `
SELECT e.id, e.visited_on::text AS "visitedOn",
       e.habitabilite_score, e.facades_score, e.abords_score, e.patrimoine_score,
       e.habitabilite_comment, e.facades_comment, e.abords_comment, e.patrimoine_comment,
       e.author_id AS "authorId", u.display_name AS "authorName", e.created_at AS "createdAt",
       COALESCE((SELECT json_agg(json_build_object('id', p.id, 'criterion', p.criterion,
                  'filename', p.filename, 'mediaType', p.media_type, 'byteSize', p.byte_size)
                  ORDER BY p.created_at, p.filename, p.id)
                 FROM erbm_evaluation_photo p WHERE p.evaluation_id = e.id), '[]'::json) AS photos
FROM erbm_evaluation e LEFT JOIN app_user u ON u.id = e.author_id
WHERE e.cite_id = $1
ORDER BY e.visited_on DESC, e.created_at DESC`

export const SELECT_EVENTS_SQL = `
SELECT e.id, e.kind, e.at, e.author_id AS "authorId", u.display_name AS "authorName", e.data
FROM erbm_event e LEFT JOIN app_user u ON u.id = e.author_id
WHERE e.cite_id = $1
ORDER BY e.id DESC`

/** $1 cité, $2 opinion, $3 attachment: the bytes only when all three belong together. */
export const SELECT_ATTACHMENT_SQL = `
SELECT p.filename, p.media_type AS "mediaType", p.sha256, p.content
FROM erbm_opinion_attachment p JOIN erbm_opinion o ON o.id = p.opinion_id
WHERE o.cite_id = $1 AND o.id = $2 AND p.id = $3`

export const SELECT_EVALUATION_PHOTO_SQL = `
SELECT p.filename, p.media_type AS "mediaType", p.sha256, p.content
FROM erbm_evaluation_photo p JOIN erbm_evaluation e ON e.id = p.evaluation_id
WHERE e.cite_id = $1 AND e.id = $2 AND p.id = $3`

export const CITE_EXISTS_SQL = `SELECT 1 FROM erbm_cite WHERE id = $1`
