import {
  CATALOGUE_MEDIA_TYPES,
  type Link,
  MEDIA_TYPES,
  TILESETS_VECTOR_REL,
  TILING_SCHEMES_REL,
} from '@heritage-watch/shared'

// The links issue 11 §4–5 adds to the landing page and to each collection: OGC API - Tiles, the ISO
// 19139 record, the DCAT-AP catalogue and the Geotrek POI export.

/** The landing page's links to the tile matrix sets, the DCAT-AP catalogue and the Geotrek export. */
export function landingCatalogueLinks(base: string): Link[] {
  return [
    {
      href: `${base}/tileMatrixSets`,
      rel: TILING_SCHEMES_REL,
      type: MEDIA_TYPES.json,
      title: 'Jeux de matrices de tuiles (OGC API - Tiles)',
    },
    {
      href: `${base}/catalog.jsonld`,
      rel: 'describedby',
      type: CATALOGUE_MEDIA_TYPES.jsonLd,
      title: 'Catalogue DCAT-AP des collections',
    },
    {
      href: `${base}/exports/geotrek/pois.geojson`,
      rel: 'alternate',
      type: MEDIA_TYPES.geojson,
      title: 'Points d’intérêt pour Geotrek-admin',
    },
  ]
}

/**
 * A collection's links to its vector tilesets and its ISO 19139 record.
 * @param path the absolute URL of the collection
 */
export function collectionCatalogueLinks(path: string): Link[] {
  return [
    {
      href: `${path}/tiles`,
      rel: TILESETS_VECTOR_REL,
      type: MEDIA_TYPES.json,
      title: 'Tuiles vectorielles (OGC API - Tiles)',
    },
    {
      href: `${path}/metadata`,
      rel: 'describedby',
      type: CATALOGUE_MEDIA_TYPES.xml,
      title: 'Fiche de métadonnées ISO 19139',
    },
  ]
}
