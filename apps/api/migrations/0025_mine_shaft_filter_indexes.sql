-- Issue 12 target 2: a property filter on a text (`?compagnie=…`) is `lower(column) = lower($n)`
-- (db/sql/features.sql.ts), which without an index computes lower() on every row of the table. On the
-- mine shafts (636 rows) that was a fifth of the embedded database's time for the page of the 168 shafts
-- of one company, where PGlite runs each query in one WebAssembly thread (docs/architecture.md §32).
-- An index on the same expression finds the rows without computing it; the answer is the same, only the
-- plan changes. The four text properties of the mine shafts that take a filter, the largest point layer.
CREATE INDEX mine_shaft_commune_lower_idx ON mine_shaft (lower(commune));
CREATE INDEX mine_shaft_compagnie_lower_idx ON mine_shaft (lower(compagnie));
CREATE INDEX mine_shaft_concession_lower_idx ON mine_shaft (lower(concession));
CREATE INDEX mine_shaft_fosse_lower_idx ON mine_shaft (lower(fosse));
