-- The sites classés and inscrits (servitudes AC2) that touch the bassin minier, and the 2016 status of
-- each terril read from the official perimeter of the site classé « La chaîne des terrils » instead of
-- being guessed from the communes named in the decree (issue #8). The load computes the derived columns.

CREATE TABLE protected_site (
  id text PRIMARY KEY,
  -- The Géoplateforme feature id, e.g. STE_Metropole.2674.
  id_source text NOT NULL,
  -- The AC2 servitude id; every polygon of one site shares it.
  idsup text NOT NULL,
  nomgen text NOT NULL,
  typesite text NOT NULL CHECK (typesite IN ('Site classé', 'Site inscrit')),
  -- ISO date (YYYY-MM-DD) of the decree or order that created the site.
  datecrea text,
  -- Surface of the whole site as declared upstream (the same on each of its polygons).
  surface_declaree_ha double precision,
  -- Surface of this polygon, computed in Lambert-93 at load time.
  surface_ha double precision,
  gestionnaire text,
  gestionnaire_adresse text,
  gestionnaire_telephone text,
  chaine_des_terrils boolean NOT NULL,
  -- Our terrils (ids of the terrils collection) with at least 1 % of their area in this polygon.
  terrils text[] NOT NULL DEFAULT '{}',
  -- A polygon of the chain that holds none of our terrils: a classified terril outside the Mission's layers.
  hors_couches_mission boolean NOT NULL DEFAULT false,
  communes text[] NOT NULL DEFAULT '{}',
  communes_insee text[] NOT NULL DEFAULT '{}',
  -- The commune holding most of the polygon: the map names the chain's polygons outside our layers by it.
  commune_principale text,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX protected_site_geom_idx ON protected_site USING gist (geom);
CREATE INDEX protected_site_typesite_idx ON protected_site (typesite);

-- The commune heuristic goes: classé (> 50 % of the terril inside the perimeter), en partie (1–50 %),
-- hors site. The official numbered list, when loaded, is kept beside it, never instead of it.
ALTER TABLE terril DROP CONSTRAINT terril_classement_2016_check;
ALTER TABLE terril DROP COLUMN communes_hors_decret;
UPDATE terril SET classement_2016 = 'hors site', classement_2016_methode = 'Non calculé : rechargez les données';
ALTER TABLE terril
  ADD CONSTRAINT terril_classement_2016_check CHECK (classement_2016 IN ('classé', 'en partie', 'hors site')),
  ALTER COLUMN classement_2016 SET DEFAULT 'hors site',
  ALTER COLUMN classement_2016_methode SET DEFAULT 'Non calculé : rechargez les données',
  -- Share of the terril's area inside the perimeter, in %, one decimal.
  ADD COLUMN classement_2016_part double precision NOT NULL DEFAULT 0,
  -- The polygon of the perimeter (protected_site.id) that holds most of the terril; NULL when hors site.
  ADD COLUMN classement_2016_site text,
  ADD COLUMN liste_officielle_2016 text NOT NULL DEFAULT 'non chargée'
    CHECK (liste_officielle_2016 IN ('non chargée', 'sur la liste', 'absent de la liste')),
  ADD COLUMN liste_officielle_2016_source text;
