-- Functions behind GET /search and the feature context (issue #3). PGlite has no unaccent extension, so
-- the folding is plain SQL that both engines run identically. The search functions are single SQL
-- expressions, so the planner inlines them; hw_fold is IMMUTABLE, so an index may later be built on it.

-- Folds a name for comparison: no accents, no case, and hyphens, spaces and apostrophes reduced to one
-- space, so "loos en gohelle", "LOOS-EN-GOHELLE" and "Loos-en-Gohelle" compare equal.
-- translate() runs before lower() on purpose: under the C locale of our server cluster lower() only
-- changes ASCII letters, so accented capitals are mapped explicitly. The two strings of translate()
-- pair letter by letter (54 each).
CREATE FUNCTION hw_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    lower(replace(replace(replace(replace(translate(value,
      'àâäáãåÀÂÄÁÃÅçÇéèêëÉÈÊËîïíìÎÏÍÌôöóòõÔÖÓÒÕùûüúÙÛÜÚÿýŸÝñÑ',
      'aaaaaaAAAAAAcCeeeeEEEEiiiiIIIIoooooOOOOOuuuuUUUUyyYYnN'),
      'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')),
    '[-–—[:space:]''’]+', ' ', 'g'))
$$;

-- How a folded query matches a name: 1 when the name starts with it, 2 when it contains it elsewhere,
-- NULL when it does not or the name is NULL. Lower is better, as in the search ranking. The arithmetic
-- (position 1 → 1, position > 1 → 2, 0 or NULL → NULL) folds the name once and stays one plain
-- expression, so the planner inlines it; LEAST() or CASE would not keep NULL names out.
CREATE FUNCTION hw_name_rank(name text, folded_query text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (sign(NULLIF(strpos(hw_fold(name), folded_query), 0) - 1) + 1)::integer
$$;

-- Whether a folded query names one of the communes: the whole name or the start of one of its words,
-- so that "lens" finds Lens and Fouquières-lès-Lens but not Valenciennes. The list is folded as one
-- string, one hw_fold call per row. STABLE, not IMMUTABLE, because array_to_string is STABLE: a
-- function is only inlined when it is declared at least as volatile as its body.
CREATE FUNCTION hw_commune_match(communes text[], folded_query text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT strpos(' ' || hw_fold(array_to_string(communes, ' ')), ' ' || folded_query) > 0
$$;

-- Share of a geometry's size (area for polygons, length for lines) covered by another part of it.
-- A point is wholly inside (1) or not at all (0).
CREATE FUNCTION hw_share(part geometry, whole geometry) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT COALESCE(CASE ST_Dimension(whole)
    WHEN 2 THEN ST_Area(part) / NULLIF(ST_Area(whole), 0)
    WHEN 1 THEN ST_Length(part) / NULLIF(ST_Length(whole), 0)
    ELSE CASE WHEN ST_IsEmpty(part) THEN 0 ELSE 1 END
  END, 0)
$$;

-- How much two geometries overlap, as a share of each. The data was simplified to about 10 m upstream,
-- so neighbouring polygons overlap by slivers: callers compare these shares with a threshold instead of
-- trusting ST_Intersects alone.
CREATE FUNCTION hw_overlap(a geometry, b geometry, OUT share_of_a double precision,
                           OUT share_of_b double precision)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT hw_share(overlap.part, a), hw_share(overlap.part, b)
  FROM (SELECT ST_Intersection(a, b) AS part) AS overlap
$$;
