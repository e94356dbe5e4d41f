import {
  COLLECTIONS,
  type CollectionDefinition,
  DATA_LICENCE,
  MEDIA_TYPES,
  type PropertyDefinition,
} from '@heritage-watch/shared'

import { ACCOUNT_PATHS } from './openapi-account-paths.ts'
import { ALERT_PATHS } from './openapi-alert-paths.ts'
import { OPENAPI_COMPONENTS, json, ref } from './openapi-components.ts'
import { MAP_PATHS } from './openapi-map-paths.ts'
import { SECURITY_SCHEMES } from './openapi-zod.ts'

// The OpenAPI 3.0 definition is built from the catalogue, one path per collection, so that each
// collection's own filters are declared as query parameters (what QGIS and GDAL read).

const SCALAR_SCHEMAS: Record<PropertyDefinition['kind'], object> = {
  string: { type: 'string' },
  'string[]': { type: 'string' },
  integer: { type: 'integer' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
}

function filterParameter(property: PropertyDefinition) {
  return {
    name: property.name,
    in: 'query',
    required: false,
    description: `${property.title.fr}${property.kind === 'string[]' ? ' (une des valeurs)' : ''}${property.kind.startsWith('string') ? ', sans tenir compte de la casse' : ''}`,
    schema: { ...SCALAR_SCHEMAS[property.kind], ...(property.enum ? { enum: [...property.enum] } : {}) },
    style: 'form',
    explode: false,
  }
}

const errorResponses = {
  '400': ref('responses/BadRequest'),
  '404': ref('responses/NotFound'),
  '500': ref('responses/ServerError'),
}

function collectionPaths(collection: CollectionDefinition) {
  const base = `/collections/${collection.id}`
  const tag = collection.title.fr
  const sortable = collection.properties.filter((p) => p.kind !== 'string[]').map((p) => p.name)
  return {
    [base]: {
      get: {
        tags: [tag],
        summary: `Métadonnées : ${collection.title.fr}`,
        operationId: `describe-${collection.id}`,
        parameters: [ref('parameters/f')],
        responses: { '200': ref('responses/Collection'), ...errorResponses },
      },
    },
    [`${base}/items`]: {
      get: {
        tags: [tag],
        summary: `Entités : ${collection.title.fr}`,
        description: collection.description.fr,
        operationId: `get-${collection.id}-items`,
        parameters: [
          ref('parameters/bbox'),
          ref('parameters/bbox-crs'),
          ref('parameters/crs'),
          ref('parameters/limit'),
          ref('parameters/offset'),
          ...(collection.temporal ? [ref('parameters/datetime')] : []),
          {
            name: 'properties',
            in: 'query',
            required: false,
            description: 'Propriétés à renvoyer, séparées par des virgules',
            schema: {
              type: 'array',
              items: { type: 'string', enum: collection.properties.map((p) => p.name) },
            },
            style: 'form',
            explode: false,
          },
          {
            name: 'sortby',
            in: 'query',
            required: false,
            description: `Tri : propriétés séparées par des virgules, préfixées de - pour un ordre décroissant (${sortable.join(', ')})`,
            schema: { type: 'string' },
          },
          ref('parameters/f'),
          ...collection.properties.filter((p) => p.filter).map(filterParameter),
        ],
        responses: { '200': ref('responses/Features'), ...errorResponses },
      },
    },
    [`${base}/items/{featureId}`]: {
      get: {
        tags: [tag],
        summary: `Une entité : ${collection.title.fr}`,
        operationId: `get-${collection.id}-feature`,
        parameters: [
          {
            name: 'featureId',
            in: 'path',
            required: true,
            description: `Identifiant (ex. ${collection.featureIdExample})`,
            schema: { type: 'string', pattern: collection.featureIdPattern },
          },
          ref('parameters/crs'),
          ref('parameters/f'),
        ],
        responses: { '200': ref('responses/Feature'), ...errorResponses },
      },
    },
    [`${base}/queryables`]: {
      get: {
        tags: [tag],
        summary: `Propriétés filtrables : ${collection.title.fr}`,
        operationId: `get-${collection.id}-queryables`,
        parameters: [ref('parameters/f')],
        responses: {
          '200': {
            description: 'JSON Schema des propriétés filtrables',
            content: { [MEDIA_TYPES.jsonSchema]: { schema: { type: 'object' } } },
          },
          ...errorResponses,
        },
      },
    },
  }
}

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Heritage-watch — OGC API - Features du Bassin minier du Nord-Pas-de-Calais',
      version: '1.0.0',
      description:
        'Couches patrimoniales officielles du Bassin minier (Mission Bassin Minier, Géo2France), servies selon OGC API - Features parties 1, 2 et 3.',
      license: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/': {
        get: {
          tags: ['Capacités'],
          summary: 'Page d’accueil',
          operationId: 'landing',
          parameters: [ref('parameters/f')],
          responses: { '200': json('Page d’accueil'), ...errorResponses },
        },
      },
      '/conformance': {
        get: {
          tags: ['Capacités'],
          summary: 'Classes de conformité',
          operationId: 'conformance',
          parameters: [ref('parameters/f')],
          responses: { '200': json('Classes de conformité'), ...errorResponses },
        },
      },
      '/api': {
        get: {
          tags: ['Capacités'],
          summary: 'Ce document OpenAPI',
          operationId: 'api',
          responses: {
            '200': {
              description: 'OpenAPI 3.0',
              content: { [MEDIA_TYPES.openapi]: { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/collections': {
        get: {
          tags: ['Capacités'],
          summary: 'Collections',
          operationId: 'collections',
          parameters: [ref('parameters/f')],
          responses: { '200': json('Les collections'), ...errorResponses },
        },
      },
      ...Object.assign({}, ...COLLECTIONS.map(collectionPaths)),
      ...MAP_PATHS,
      ...ACCOUNT_PATHS,
      ...ALERT_PATHS,
    },
    components: { ...OPENAPI_COMPONENTS, securitySchemes: SECURITY_SCHEMES },
  }
}
