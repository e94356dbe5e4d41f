-- Issue 12: the stored feature texts (0021) are read on every page. A text over about 2 kB was
-- compressed with pglz and decompressed at each read (243 of the 330 communes in EPSG:2154): kept whole
-- up to a row of 8,160 bytes, where it is still stored in the table's own page, and compressed with lz4
-- above that where the server has it (PostgreSQL CPU per execution of 100 communes in EPSG:2154,
-- alternated: 4.6 -> 4.1 ms; docs/architecture.md §26). Only the larger texts are compressed, 8.0 MB
-- -> 8.7 MB on disk.
ALTER TABLE feature_text SET (toast_tuple_target = 8160);

-- PGlite has no lz4: the texts over 8 kB stay compressed with pglz there.
DO $$
BEGIN
  ALTER TABLE feature_text ALTER COLUMN feature SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  NULL;
END
$$;

-- The settings apply to values written from now on: write each stored text again (the concatenation
-- makes a new, uncompressed value, which the table then stores by the settings above).
UPDATE feature_text SET feature = feature || '';
