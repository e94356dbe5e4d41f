import type { CollectionDefinition, SourceReference } from '@heritage-watch/shared'

// The lineage statement of a collection's records, in French, from its sources as data/README.md
// records them (upstream, intermediate repository and commit, processing). Keep it in step with that
// file: a new source there needs its sentence here.

const INTERMEDIATE =
  'copié du dépôt intermédiaire github:rlespinasse/bassin-minier-unesco (commit db8dc78f8004, données régénérées le 21 avril 2026), qui a simplifié les géométries (tolérance 0,0001°, environ 10 m) et arrondi les coordonnées à 6 décimales'
const OLDER_COMMIT =
  'copié du dépôt intermédiaire github:rlespinasse/bassin-minier-unesco au commit plus ancien 27edef9 (date non connue), géométries simplifiées (0,0001°) et coordonnées arrondies à 6 décimales'

/** What was done to each file between its producer and our tables, by file under data/. */
const PROCESSING: Record<string, string> = {
  shapefile: `Shapefile du dossier « UNESCO - L93 2018 », reprojeté de Lambert-93 en WGS84 et ${INTERMEDIATE}.`,
  wfs: `Couche WFS de Géo2France, ${INTERMEDIATE}.`,
  'data/raw/cites-erbm.geojson': `Couche WFS de Géo2France, ${OLDER_COMMIT}.`,
  'data/raw/epci.geojson': `Source amont non nommée dans notre relevé des sources ; ${INTERMEDIATE}.`,
  'data/raw/departements.geojson': `Source amont non nommée dans notre relevé des sources ; ${INTERMEDIATE}.`,
  'data/raw/puits-de-mines.geojson': `Jeu data.gouv.fr des 636 puits, ${INTERMEDIATE}.`,
  'data/raw/sites-classes-inscrits.geojson':
    'Servitudes AC2 copiées le 6 décembre 2026 du dépôt public github:mailbvandongen-eng/detect (copie du 20 février 2026), réduites aux sites qui touchent le contour du Bassin minier ; chaque polygone de la chaîne des terrils, présent deux fois en amont, n’est gardé qu’une fois. Licence à confirmer sur la fiche de la Géoplateforme.',
  'data/seeds/sites_at_risk.csv':
    'Liste de 11 sites relevée dans le dépliant de la souscription (2018) ; chaque site prend la géométrie de son élément UNESCO (couche des bâtis). L’état actuel des sites n’a pas été vérifié.',
  'data/seeds/grands_sites.csv':
    'Liste des 5 grands sites relevée sur la page de Pas-de-Calais Tourisme ; le point est le centre du polygone de l’élément UNESCO qui porte le site.',
  'data/seeds/decret-2016-chaine-des-terrils-communes.tsv':
    'Les 53 communes du décret du 28 décembre 2016, relevées dans une transcription publique (aucune copie Légifrance trouvée), orthographe gardée.',
}

function processing(source: SourceReference): string {
  const own = PROCESSING[source.file]
  if (own) return own
  if (source.dataset.includes('shapefiles')) return PROCESSING.shapefile ?? ''
  if (source.dataset.startsWith('WFS ')) return PROCESSING.wfs ?? ''
  return ''
}

/**
 * The ISO 19115 lineage statement of a collection: each source, where it was found and what was done
 * to it, then the load into PostGIS.
 * @example lineageStatement(findCollection('grands-sites'))
 */
export function lineageStatement(collection: CollectionDefinition): string {
  const sources = collection.sources.map((source) =>
    `${source.producer} — ${source.dataset} (${source.url}), fichier ${source.file}. ${processing(source)}`.trim(),
  )
  return [
    ...sources,
    'Chargé dans PostGIS (EPSG:4326) par heritage-watch ; valeurs dérivées (statut au site classé de 2016, surfaces) calculées au chargement et signalées comme telles. Provenance détaillée : data/README.md du projet.',
  ].join('\n')
}
