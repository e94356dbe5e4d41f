import { CLASSEMENT_2016_THRESHOLDS } from '@heritage-watch/shared'

// Values the load derives in PostGIS once every layer is in (load-data.ts runs them in this order).
// Areas are measured in Lambert-93 (EPSG:2154), so that shares are metric.

export const UPDATE_COMPONENT_ELEMENTS = `
  UPDATE property_component c SET
    nb_elements = (SELECT count(*) FROM property_element e WHERE e.composante = c.id),
    communes = ARRAY(
      SELECT DISTINCT name FROM property_element e, unnest(e.communes) AS name WHERE e.composante = c.id ORDER BY name),
    communes_insee = ARRAY(
      SELECT DISTINCT code FROM property_element e, unnest(e.communes_insee) AS code WHERE e.composante = c.id ORDER BY code)`

/**
 * Share of each ERBM cité inside the inscribed property, measured in Lambert-93 so that areas are metric.
 * Thresholds follow data/README.md: at least 50 % is "oui", under 5 % is "non", in between "partiel".
 */
export const UPDATE_ERBM_SHARE = `
  WITH property AS (SELECT ST_Transform(ST_Union(geom), 2154) AS geom FROM property_component),
  shares AS (
    SELECT c.id,
           round((100 * ST_Area(ST_Intersection(ST_Transform(c.geom, 2154), p.geom)) / ST_Area(ST_Transform(c.geom, 2154)))::numeric, 1)::double precision AS share
    FROM erbm_cite c, property p
  )
  UPDATE erbm_cite c
  SET part_dans_bien = s.share,
      statut_unesco = CASE WHEN s.share >= 50 THEN 'oui' WHEN s.share < 5 THEN 'non' ELSE 'partiel' END
  FROM shares s WHERE s.id = c.id`

/**
 * The official numbered list of the 78, once loaded (see migrations/0003_official_lists.sql), is shown
 * beside the perimeter's answer, never instead of it: the two are different facts.
 */
export const APPLY_OFFICIAL_CLASSEMENT_2016 = `
  UPDATE terril t
  SET liste_officielle_2016 = 'sur la liste', liste_officielle_2016_source = o.source
  FROM official_classement_2016 o WHERE o.numero = t.numero`

export const APPLY_OFFICIAL_NOT_CLASSE_2016 = `
  UPDATE terril t
  SET liste_officielle_2016 = 'absent de la liste', liste_officielle_2016_source = s.source
  FROM official_list_state s
  WHERE s.list = 'classement_2016' AND s.complete
    AND NOT EXISTS (SELECT 1 FROM official_classement_2016 o WHERE o.numero = t.numero)`

export const APPLY_OFFICIAL_PRIORITE_ERBM = `
  UPDATE erbm_cite c SET priorite_erbm = 'oui'
  FROM official_priorite_erbm o WHERE o.cite_id = c.id`

export const APPLY_OFFICIAL_NOT_PRIORITE_ERBM = `
  UPDATE erbm_cite c SET priorite_erbm = 'non'
  FROM official_list_state s
  WHERE s.list = 'priorite_erbm' AND s.complete
    AND NOT EXISTS (SELECT 1 FROM official_priorite_erbm o WHERE o.cite_id = c.id)`

/** Share of a geometry covered by another, below which the two only touch (10 m simplification slivers). */
const MIN_SHARE = CLASSEMENT_2016_THRESHOLDS.partial

/** Surface of each polygon of a site, and the communes it lies in (at least 1 % of the polygon). */
export const UPDATE_PROTECTED_SITE_FACTS = `
  WITH shares AS (
    -- Each polygon's overlap with each commune, computed once for the three columns below.
    SELECT p.id, c.id AS insee, c.nom, o.share_of_a AS share
    FROM protected_site p JOIN commune c ON c.geom && p.geom AND ST_Intersects(c.geom, p.geom)
    CROSS JOIN LATERAL hw_overlap(p.geom, c.geom) AS o
  ),
  gathered AS (
    SELECT id,
      array_agg(nom ORDER BY share DESC, nom) FILTER (WHERE share >= ${MIN_SHARE}) AS communes,
      array_agg(insee ORDER BY share DESC, insee) FILTER (WHERE share >= ${MIN_SHARE}) AS communes_insee,
      (array_agg(nom ORDER BY share DESC, nom))[1] AS commune_principale
    FROM shares GROUP BY id
  )
  UPDATE protected_site p SET
    surface_ha = round((ST_Area(ST_Transform(p.geom, 2154)) / 10000)::numeric, 2)::double precision,
    communes = COALESCE(g.communes, '{}'),
    communes_insee = COALESCE(g.communes_insee, '{}'),
    commune_principale = g.commune_principale
  FROM protected_site q LEFT JOIN gathered g ON g.id = q.id
  WHERE q.id = p.id`

/**
 * The 2016 status of every terril, from the share of its area inside the official perimeter of the
 * site classé (the union of the chain's polygons that touch it): more than half "classé", from 1 % "en
 * partie", else "hors site". The polygon holding most of it is kept, so that the record links the site.
 */
export const UPDATE_TERRIL_CLASSEMENT_2016 = `
  WITH chain AS (
    SELECT id, geom, ST_Transform(geom, 2154) AS geom_l93 FROM protected_site WHERE chaine_des_terrils
  ),
  measured AS (
    SELECT t.id,
      COALESCE((
        SELECT ST_Area(ST_Intersection(ST_Transform(t.geom, 2154), ST_Union(c.geom_l93)))
        FROM chain c WHERE c.geom && t.geom AND ST_Intersects(c.geom, t.geom)
      ), 0) / ST_Area(ST_Transform(t.geom, 2154)) AS share,
      (SELECT c.id FROM chain c WHERE c.geom && t.geom AND ST_Intersects(c.geom, t.geom)
       ORDER BY ST_Area(ST_Intersection(c.geom_l93, ST_Transform(t.geom, 2154))) DESC, c.id LIMIT 1) AS site
    FROM terril t
  ),
  classed AS (
    SELECT id, site, share,
      CASE WHEN share > ${CLASSEMENT_2016_THRESHOLDS.classe} THEN 'classé'
           WHEN share >= ${CLASSEMENT_2016_THRESHOLDS.partial} THEN 'en partie'
           ELSE 'hors site' END AS status,
      -- 99.6 → "99,6 %", 100.0 → "100 %": one decimal, French comma, no trailing zero.
      rtrim(rtrim(replace(round((100 * share)::numeric, 1)::text, '.', ','), '0'), ',') || ' %' AS percent
    FROM measured
  )
  UPDATE terril t SET
    classement_2016 = c.status,
    classement_2016_part = round((100 * c.share)::numeric, 1)::double precision,
    classement_2016_site = CASE WHEN c.status = 'hors site' THEN NULL ELSE c.site END,
    classement_2016_methode = CASE c.status
      WHEN 'classé' THEN 'Dans le périmètre officiel du site classé, servitude AC2 (DREAL Hauts-de-France) : '
        || c.percent || ' de sa surface'
      WHEN 'en partie' THEN 'En partie dans le périmètre officiel du site classé, servitude AC2 (DREAL Hauts-de-France) : '
        || c.percent || ' de sa surface'
      ELSE 'Hors du périmètre officiel du site classé, servitude AC2 (DREAL Hauts-de-France)'
        || CASE WHEN c.share >= 0.0005 THEN ' : il n’y touche que par ' || c.percent || ' de sa surface' ELSE '' END
    END
  FROM classed c WHERE c.id = t.id`

/**
 * Which of our terrils each polygon holds (at least 1 % of the terril inside it), and the chain's polygons
 * that hold none: classified terrils that the Mission's layers do not carry.
 */
export const UPDATE_PROTECTED_SITE_TERRILS = `
  UPDATE protected_site p SET terrils = ARRAY(
    SELECT t.id FROM terril t CROSS JOIN LATERAL hw_overlap(p.geom, t.geom) AS o
    WHERE t.geom && p.geom AND ST_Intersects(t.geom, p.geom) AND o.share_of_b >= ${MIN_SHARE}
    ORDER BY t.numero, t.id)`

/** Derived from the column above rather than measured again. */
export const MARK_CHAIN_OUTSIDE_OUR_LAYERS = `
  UPDATE protected_site SET hors_couches_mission = chaine_des_terrils AND cardinality(terrils) = 0`
