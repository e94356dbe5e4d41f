import { PROPERTIES as P } from '../properties.ts'
import { SOURCE_FILES as S } from '../sources.ts'
import type { CollectionDefinition } from '../types.ts'
import { BUFFER_CITE_PROPERTIES, TERRIL_ID, TERRIL_PROPERTIES } from './shared-definitions.ts'

/** The buffer zone and its features. */
export const ZONE_TAMPON_COLLECTIONS: readonly CollectionDefinition[] = [
  {
    id: 'zone-tampon',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon', en: 'Buffer zone' },
    description: {
      fr: 'Les 15 polygones de la zone tampon du bien.',
      en: 'The 15 polygons of the buffer zone.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,3}$',
    featureIdExample: '1',
    properties: [P.surface_ha, P.source],
    sources: [S.zoneTampon],
  },
  {
    id: 'zone-tampon-terrils',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : terrils', en: 'Buffer zone: spoil tips' },
    description: { fr: 'Les 111 terrils de la zone tampon.', en: 'The 111 spoil tips of the buffer zone.' },
    geometryType: 'MultiPolygon',
    featureIdPattern: TERRIL_ID,
    featureIdExample: '190',
    properties: TERRIL_PROPERTIES,
    sources: [S.ztTerrils],
  },
  {
    id: 'zone-tampon-cites',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : cités minières', en: 'Buffer zone: mining estates' },
    description: {
      fr: 'Les 162 cités minières de la zone tampon.',
      en: 'The 162 mining estates of the buffer zone.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,6}$',
    featureIdExample: '900',
    properties: BUFFER_CITE_PROPERTIES,
    sources: [S.ztCites],
  },
  {
    id: 'zone-tampon-cavaliers',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : cavaliers', en: 'Buffer zone: railway embankments' },
    description: {
      fr: 'Les 1 317 tronçons de cavaliers de la zone tampon. Le dernier enregistrement de la source est vide (ni identifiant, ni nom, ni géométrie) : il est gardé sous l’identifiant « sans-identifiant-1317 ».',
      en: 'The 1,317 embankment sections of the buffer zone. The last source record is empty (no id, name or geometry); it is kept as "sans-identifiant-1317".',
    },
    geometryType: 'MultiLineString',
    featureIdPattern: '^([0-9]{3}_[0-9A-Z]{2}[a-z]?|sans-identifiant-[0-9]+)$',
    featureIdExample: '001_01',
    properties: [P.nom, P.communes, P.communes_insee, P.source],
    sources: [S.ztCavaliers],
  },
  {
    id: 'zone-tampon-espaces-neonaturels',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : espaces néonaturels', en: 'Buffer zone: post-mining natural areas' },
    description: {
      fr: 'Les 7 espaces néonaturels de la zone tampon.',
      en: 'The 7 post-mining natural areas of the buffer zone.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^ENZT[0-9]{2}$',
    featureIdExample: 'ENZT01',
    properties: [P.nom, P.communes, P.communes_insee, P.source],
    sources: [S.ztEspaces],
  },
  {
    id: 'zone-tampon-parvis-agricoles',
    group: 'zone-tampon',
    title: { fr: 'Zone tampon : parvis agricoles', en: 'Buffer zone: agricultural forecourts' },
    description: {
      fr: 'Les 138 parvis agricoles de la zone tampon et les vues qu’ils ouvrent sur les terrils et chevalements.',
      en: 'The 138 agricultural forecourts of the buffer zone and the views they open.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,4}$',
    featureIdExample: '22',
    properties: [
      {
        name: 'qualite_vue',
        kind: 'string',
        title: { fr: 'Qualité de la vue', en: 'View quality' },
        filter: true,
      },
      {
        name: 'vue_sur',
        kind: 'string',
        title: { fr: 'Vue sur (texte de la source)', en: 'View on (source text)' },
      },
      {
        name: 'terrils_vus',
        kind: 'string[]',
        title: {
          fr: 'Terrils vus (numéros lus dans « vue sur »)',
          en: 'Spoil tips in view (numbers read from "vue sur")',
        },
        filter: true,
      },
      P.source,
    ],
    sources: [S.ztParvis],
  },
]
