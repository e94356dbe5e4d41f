// Storage of the official lists that replace derived values (see migrations/0003_official_lists.sql).

export const DELETE_OFFICIAL_CLASSEMENT = 'DELETE FROM official_classement_2016'
export const INSERT_OFFICIAL_CLASSEMENT = `
  INSERT INTO official_classement_2016 (numero, source)
  SELECT numero, $2 FROM unnest($1::text[]) AS numero`

export const DELETE_OFFICIAL_PRIORITES = 'DELETE FROM official_priorite_erbm'
export const INSERT_OFFICIAL_PRIORITES = `
  INSERT INTO official_priorite_erbm (cite_id, source)
  SELECT cite_id, $2 FROM unnest($1::text[]) AS cite_id`

export const UPSERT_LIST_STATE = `
  INSERT INTO official_list_state (list, complete, source) VALUES ($1, $2, $3)
  ON CONFLICT (list) DO UPDATE SET complete = EXCLUDED.complete, source = EXCLUDED.source, loaded_at = now()`

export const SELECT_TERRIL_NUMBERS = 'SELECT DISTINCT numero FROM terril'
export const SELECT_ERBM_IDS = 'SELECT id FROM erbm_cite'
export const COUNT_CLASSEMENT = `
  SELECT liste_officielle_2016 AS value, count(*)::int AS count FROM terril GROUP BY 1 ORDER BY 1`
export const COUNT_PRIORITES = `
  SELECT priorite_erbm AS value, count(*)::int AS count FROM erbm_cite GROUP BY 1 ORDER BY 1`
