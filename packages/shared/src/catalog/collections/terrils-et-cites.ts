import { PROPERTIES as P } from '../properties.ts'
import { SOURCE_FILES as S } from '../sources.ts'
import type { CollectionDefinition } from '../types.ts'
import { BUFFER_CITE_PROPERTIES, TERRIL_ID, TERRIL_PROPERTIES } from './shared-definitions.ts'

/** All terrils with their 2016 status, ERBM cités and other mining estates. */
export const TERRILS_ET_CITES_COLLECTIONS: readonly CollectionDefinition[] = [
  {
    id: 'terrils',
    group: 'terrils',
    title: { fr: 'Terrils (bien inscrit et zone tampon)', en: 'Spoil tips (property and buffer zone)' },
    description: {
      fr: 'Les 162 terrils des couches officielles (51 dans le bien, 111 dans la zone tampon) avec leur statut au site classé « La chaîne des terrils » (décret du 28 décembre 2016), lu du périmètre officiel (servitude AC2) : la part de chaque terril dans le périmètre est calculée dans PostGIS. Le périmètre dit qui est dans le site classé ; il ne donne pas la numérotation des 78 terrils du décret.',
      en: 'All 162 spoil tips with their status in the 2016 listed site "La chaîne des terrils", read from the official perimeter (AC2 servitude): the share of each tip inside it is computed in PostGIS. The perimeter settles membership of the listed site, not the decree’s numbering of the 78.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: TERRIL_ID,
    featureIdExample: '74A',
    properties: TERRIL_PROPERTIES,
    sources: [S.terrils, S.ztTerrils, S.sitesClassesInscrits],
  },
  {
    id: 'cites-erbm',
    group: 'cites',
    title: { fr: 'Cités de l’ERBM', en: 'ERBM mining estates' },
    description: {
      fr: 'Les 59 cités de la couche ERBM (Engagement pour le renouveau du Bassin minier), avec la part de chacune dans le bien inscrit, calculée dans PostGIS. La liste des 35 cités prioritaires n’est pas dans nos sources : « priorite_erbm » vaut « inconnue » tant qu’elle n’est pas chargée.',
      en: 'The 59 estates of the ERBM layer with the share of each inside the property, computed in PostGIS. Priority is unknown until the official list is loaded.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,6}$',
    featureIdExample: '565',
    properties: [
      ...BUFFER_CITE_PROPERTIES.filter(
        (property) => property.name !== 'id_lsm' && property.name !== 'source',
      ),
      {
        name: 'part_dans_bien',
        kind: 'number',
        unit: '%',
        title: { fr: 'Part dans le bien inscrit', en: 'Share inside the property' },
      },
      {
        name: 'statut_unesco',
        kind: 'string',
        enum: ['oui', 'non', 'partiel'],
        title: { fr: 'Dans le bien inscrit', en: 'Inside the property' },
        description: {
          fr: 'oui : au moins 50 % de la cité dans le bien ; non : moins de 5 % ; partiel : entre les deux',
          en: 'yes: at least 50% inside; no: under 5%; partial: in between',
        },
        filter: true,
      },
      P.priorite_erbm,
      P.source,
    ],
    sources: [S.citesErbm],
  },
  {
    id: 'cites-minieres-hors-bien',
    group: 'cites',
    title: {
      fr: 'Autres cités minières (sans statut UNESCO)',
      en: 'Other mining estates (no UNESCO status)',
    },
    description: {
      fr: 'Les 35 polygones de la couche « cités minières » qui ne portent pas d’identifiant UNESCO. Aucune source ne dit s’il s’agit des 35 cités prioritaires de l’ERBM.',
      en: 'The 35 polygons of the mining-estates layer without a UNESCO id. No source says whether they are the 35 ERBM priority estates.',
    },
    geometryType: 'MultiPolygon',
    featureIdPattern: '^[0-9]{1,6}$',
    featureIdExample: '704',
    properties: [...BUFFER_CITE_PROPERTIES.slice(0, -1), P.inscrit_mh, P.source],
    sources: [S.citesMinieres],
  },
]
