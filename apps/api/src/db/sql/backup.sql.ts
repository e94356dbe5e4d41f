// What backups and restores read (issue 13 §7): the catalogue of the tables to compare and each table's
// checksum. Table names come from the catalogue itself, already quoted by format('%I.%I').

/** Every ordinary table outside PostgreSQL's own schemas, PostGIS's spatial_ref_sys included. */
export const BACKUP_TABLES_SQL = `
SELECT format('%I.%I', n.nspname, c.relname) AS name
FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_%'
ORDER BY 1`

/**
 * The tables that hold files (photos of alerts, assessments, ERBM follow-ups): a bytea `content` beside
 * the `sha256` recorded when it was received.
 */
export const PHOTO_TABLES_SQL = `
SELECT format('%I.%I', c.table_schema, c.table_name) AS name
FROM information_schema.columns AS c
WHERE c.column_name = 'content' AND c.data_type = 'bytea'
  AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
  AND EXISTS (SELECT 1 FROM information_schema.columns AS s
              WHERE (s.table_schema, s.table_name, s.column_name) = (c.table_schema, c.table_name, 'sha256'))
ORDER BY 1`

/**
 * The tables a restore target already has (extensions' own tables left out): a restore goes into an
 * empty database only.
 */
export const USER_TABLES_SQL = `
SELECT format('%I.%I', n.nspname, c.relname) AS name
FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend AS d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1`

/**
 * Settings under which a row's text is the same on every engine and in every session: the checksums of a
 * backup and of its restore are compared as text.
 */
export const CHECKSUM_SETTINGS_SQL = [
  `SET TimeZone = 'UTC'`,
  `SET DateStyle = 'ISO, YMD'`,
  `SET IntervalStyle = 'postgres'`,
  `SET extra_float_digits = 1`,
  `SET bytea_output = 'hex'`,
]

/**
 * A table's row count and the md5 of its rows' md5s, in order: the same for the same rows, whatever
 * their physical order. `table` is a name from BACKUP_TABLES_SQL.
 */
export const tableChecksumSql = (table: string) => `
SELECT count(*)::int AS rows,
       coalesce(md5(string_agg(r.digest, '' ORDER BY r.digest)), '') AS md5
FROM (SELECT md5(t::text) AS digest FROM ${table} AS t) AS r`

/** Each stored file's id, size, recorded and actual checksum. `table` is a name from PHOTO_TABLES_SQL. */
export const photoChecksumsSql = (table: string) => `
SELECT id::text AS id, octet_length(content)::int AS bytes, sha256 AS recorded,
       encode(sha256(content), 'hex') AS actual
FROM ${table} ORDER BY id`

/** The migrations applied: the schema's version. */
export const APPLIED_MIGRATIONS_SQL = `SELECT name FROM schema_migration ORDER BY name`

export const ENGINE_VERSIONS_SQL = `
SELECT current_setting('server_version') AS postgres,
       (SELECT extversion FROM pg_extension WHERE extname = 'postgis') AS postgis,
       current_setting('server_version_num')::int AS "serverVersionNum"`

/** Starts the transaction whose snapshot pg_dump shares (--snapshot): the dump and the manifest agree. */
export const EXPORT_SNAPSHOT_SQL = `SELECT pg_export_snapshot() AS snapshot`
