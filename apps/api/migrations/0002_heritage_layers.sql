-- The official heritage layers. Column names are the property names served by the OGC API
-- (packages/shared/src/catalog/collections.ts), so the catalogue and the tables cannot drift apart
-- without test/collections/collection-tables.test.ts failing. Geometries are stored in EPSG:4326, longitude first.

CREATE TABLE property_component (
  id text PRIMARY KEY,
  nom text NOT NULL,
  numero_section integer NOT NULL,
  section text NOT NULL,
  surface_ha double precision,
  nb_elements integer NOT NULL DEFAULT 0,
  communes text[] NOT NULL DEFAULT '{}',
  communes_insee text[] NOT NULL DEFAULT '{}',
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE property_element (
  id text PRIMARY KEY,
  categorie text NOT NULL CHECK (categorie IN ('bati', 'cite_miniere', 'terril', 'cavalier', 'espace_neonaturel')),
  composante text NOT NULL REFERENCES property_component (id),
  objet text,
  nom text,
  nom_2 text,
  communes text[] NOT NULL DEFAULT '{}',
  communes_insee text[] NOT NULL DEFAULT '{}',
  typologie text,
  compagnie text,
  periode text,
  proprietaire text,
  protection text,
  inscrit_mh boolean,
  classe_mh boolean,
  interet text,
  longueur_m double precision,
  numero_terril text,
  groupe text,
  id_lsm integer,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX property_element_categorie_idx ON property_element (categorie);

CREATE TABLE buffer_zone (
  id text PRIMARY KEY,
  surface_ha double precision,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

-- All 162 terrils: the 51 of the property and the 111 of the buffer zone, one queryable set.
CREATE TABLE terril (
  id text PRIMARY KEY,
  numero text NOT NULL,
  numero_source text NOT NULL,
  nom text,
  nom_usuel text,
  communes text[] NOT NULL DEFAULT '{}',
  communes_insee text[] NOT NULL DEFAULT '{}',
  forme text,
  zone text NOT NULL CHECK (zone IN ('bien_inscrit', 'zone_tampon')),
  element_unesco text REFERENCES property_element (id),
  compagnie text,
  groupe text,
  classement_2016 text NOT NULL CHECK (classement_2016 IN ('confirmé', 'probable', 'exclu', 'non classé')),
  classement_2016_methode text NOT NULL,
  -- The terril's communes that the 2016 decree does not name: any makes it "exclu" until the official list.
  communes_hors_decret text[] NOT NULL DEFAULT '{}',
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX terril_numero_idx ON terril (numero);

CREATE TABLE buffer_cite (
  id text PRIMARY KEY,
  nom text,
  nom_2 text,
  communes text[] NOT NULL DEFAULT '{}',
  communes_insee text[] NOT NULL DEFAULT '{}',
  type text,
  compagnie text,
  interet text,
  proprietaire text,
  id_lsm integer,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE buffer_cavalier (
  id text PRIMARY KEY,
  nom text,
  communes text[] NOT NULL DEFAULT '{}',
  communes_insee text[] NOT NULL DEFAULT '{}',
  source text NOT NULL,
  -- One section of the source has no geometry; it is kept, not invented.
  geom geometry(MultiLineString, 4326)
);

CREATE TABLE buffer_espace_neonaturel (
  id text PRIMARY KEY,
  nom text,
  communes text[] NOT NULL DEFAULT '{}',
  communes_insee text[] NOT NULL DEFAULT '{}',
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE buffer_parvis_agricole (
  id text PRIMARY KEY,
  qualite_vue text,
  vue_sur text,
  terrils_vus text[] NOT NULL DEFAULT '{}',
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE erbm_cite (
  id text PRIMARY KEY,
  nom text,
  nom_2 text,
  communes text[] NOT NULL DEFAULT '{}',
  communes_insee text[] NOT NULL DEFAULT '{}',
  type text,
  compagnie text,
  interet text,
  proprietaire text,
  -- Computed by PostGIS in the same load transaction, right after the insert.
  part_dans_bien double precision,
  statut_unesco text CHECK (statut_unesco IN ('oui', 'non', 'partiel')),
  priorite_erbm text NOT NULL DEFAULT 'inconnue' CHECK (priorite_erbm IN ('inconnue', 'oui', 'non')),
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE other_mining_cite (
  id text PRIMARY KEY,
  nom text,
  nom_2 text,
  communes text[] NOT NULL DEFAULT '{}',
  communes_insee text[] NOT NULL DEFAULT '{}',
  type text,
  compagnie text,
  interet text,
  proprietaire text,
  id_lsm integer,
  inscrit_mh boolean,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE site_at_risk (
  id text PRIMARY KEY REFERENCES property_element (id),
  nom text NOT NULL,
  commune text NOT NULL,
  motif text NOT NULL,
  element_unesco text NOT NULL REFERENCES property_element (id),
  proprietaire text,
  protection text,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE major_site (
  id text PRIMARY KEY REFERENCES property_element (id),
  nom text NOT NULL,
  commune text NOT NULL,
  element_unesco text NOT NULL REFERENCES property_element (id),
  source text NOT NULL,
  geom geometry(Point, 4326) NOT NULL
);

CREATE TABLE mine_shaft (
  id text PRIMARY KEY,
  commune text,
  compagnie text,
  concession text,
  fosse text,
  fosse_alias text,
  puits text,
  cote_m double precision,
  annee_creusement integer,
  annee_fermeture integer,
  profondeur_m double precision,
  fiche_brgm text,
  source text NOT NULL,
  geom geometry(Point, 4326) NOT NULL
);

CREATE TABLE mining_basin (
  id text PRIMARY KEY,
  nom text NOT NULL,
  surface_km2 double precision,
  population integer,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE commune (
  id text PRIMARY KEY,
  nom text NOT NULL,
  statut text,
  population integer,
  surface_km2 double precision,
  epci_siren text,
  epci_nom text,
  departement text NOT NULL,
  decret_2016 boolean NOT NULL DEFAULT false,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE epci (
  id text PRIMARY KEY,
  nom text NOT NULL,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE TABLE departement (
  id text PRIMARY KEY,
  nom text NOT NULL,
  source text NOT NULL,
  geom geometry(MultiPolygon, 4326) NOT NULL
);

CREATE INDEX property_component_geom_idx ON property_component USING gist (geom);
CREATE INDEX property_element_geom_idx ON property_element USING gist (geom);
CREATE INDEX buffer_zone_geom_idx ON buffer_zone USING gist (geom);
CREATE INDEX terril_geom_idx ON terril USING gist (geom);
CREATE INDEX buffer_cite_geom_idx ON buffer_cite USING gist (geom);
CREATE INDEX buffer_cavalier_geom_idx ON buffer_cavalier USING gist (geom);
CREATE INDEX buffer_espace_neonaturel_geom_idx ON buffer_espace_neonaturel USING gist (geom);
CREATE INDEX buffer_parvis_agricole_geom_idx ON buffer_parvis_agricole USING gist (geom);
CREATE INDEX erbm_cite_geom_idx ON erbm_cite USING gist (geom);
CREATE INDEX other_mining_cite_geom_idx ON other_mining_cite USING gist (geom);
CREATE INDEX site_at_risk_geom_idx ON site_at_risk USING gist (geom);
CREATE INDEX major_site_geom_idx ON major_site USING gist (geom);
CREATE INDEX mine_shaft_geom_idx ON mine_shaft USING gist (geom);
CREATE INDEX mining_basin_geom_idx ON mining_basin USING gist (geom);
CREATE INDEX commune_geom_idx ON commune USING gist (geom);
CREATE INDEX epci_geom_idx ON epci USING gist (geom);
CREATE INDEX departement_geom_idx ON departement USING gist (geom);
