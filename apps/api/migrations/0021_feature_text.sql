-- Issue 12: each public feature's GeoJSON text as the items pages serve it by default (CRS84, every
-- property) and in EPSG:2154, written once per change of its row instead of at every request
-- (docs/architecture.md §26). A row here is only ever a copy: the pages fall back to writing the text
-- when it is missing, so a copy forgotten or not yet made is slower, never wrong.
CREATE TABLE feature_text (
  collection text NOT NULL,
  -- 'crs84' or '2154'
  crs text NOT NULL,
  id text NOT NULL,
  -- The table the feature comes from, for the triggers below to forget its copies.
  source_table text NOT NULL,
  feature text NOT NULL,
  PRIMARY KEY (collection, crs, id)
);
CREATE INDEX feature_text_source_idx ON feature_text (source_table, id);

-- Any change to a row forgets its copies (in every collection and CRS): the next refresh writes them
-- again from the new row.
CREATE FUNCTION feature_text_forget_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM feature_text WHERE source_table = TG_TABLE_NAME AND id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    DELETE FROM feature_text WHERE source_table = TG_TABLE_NAME AND id = NEW.id;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION feature_text_forget_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM feature_text WHERE source_table = TG_TABLE_NAME;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  source text;
BEGIN
  FOREACH source IN ARRAY ARRAY[
    'property_component', 'property_element', 'buffer_zone', 'terril', 'buffer_cite', 'buffer_cavalier',
    'buffer_espace_neonaturel', 'buffer_parvis_agricole', 'erbm_cite', 'other_mining_cite', 'site_at_risk',
    'major_site', 'protected_site', 'mine_shaft', 'mining_basin', 'commune', 'epci', 'departement'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER feature_text_forget_row AFTER INSERT OR UPDATE OR DELETE ON %I
         FOR EACH ROW EXECUTE FUNCTION feature_text_forget_row()', source);
    EXECUTE format(
      'CREATE TRIGGER feature_text_forget_table AFTER TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION feature_text_forget_table()', source);
  END LOOP;
END
$$;
