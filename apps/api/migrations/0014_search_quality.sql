-- Search by match quality (issue 11 §2). Both functions are single SQL expressions on hw_fold
-- (0004_search.sql), so both engines run them identically and the planner may inline them.

-- hw_fold, and the words "n°", "nº", "no" and "numéro" dropped before a number, so that "Fosse n° 9",
-- "fosse no 9", "fosse numéro 9" and "fosse 9" compare equal. The lookahead keeps "no" as a word
-- ("Nord", "Noyelles", "no man's land") when no digit follows it.
CREATE FUNCTION hw_search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(hw_fold(value), '(^| )(n ?°|nº|no|numero) ?(?=[0-9])', '\1', 'g'))
$$;

-- How a folded query matches a name, lower is better: 1 the name starts with it, 2 one of the name's
-- words starts with it, 3 it lies inside a word (only for a query of three characters or more, so that
-- "a" or "74" does not match every name holding those letters), NULL otherwise or for a NULL name.
CREATE FUNCTION hw_match_rank(name text, folded_query text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN strpos(hw_search_fold(name), folded_query) = 1 THEN 1
    WHEN strpos(' ' || hw_search_fold(name), ' ' || folded_query) > 0 THEN 2
    WHEN length(folded_query) >= 3 AND strpos(hw_search_fold(name), folded_query) > 0 THEN 3
  END
$$;
