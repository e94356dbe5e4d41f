import { ITEMS_LIMIT_DEFAULT, ITEMS_LIMIT_MAX, MEDIA_TYPES, SUPPORTED_CRS } from '@heritage-watch/shared'

/** A reference to a shared component of the OpenAPI document. */
export const ref = (name: string) => ({ $ref: `#/components/${name}` })

/** A metadata answer offered as JSON and HTML. */
export const json = (description: string, schema: object = { type: 'object' }) => ({
  description,
  content: { [MEDIA_TYPES.json]: { schema }, [MEDIA_TYPES.html]: { schema: { type: 'string' } } },
})

/** The OpenAPI 3.0 document served at /api. */
/** The parameters, schemas and responses shared by every path of the OpenAPI document. */
export const OPENAPI_COMPONENTS = {
  parameters: {
    f: {
      name: 'f',
      in: 'query',
      required: false,
      description: 'Format de la réponse',
      schema: { type: 'string', enum: ['json', 'geojson', 'html'] },
    },
    bbox: {
      name: 'bbox',
      in: 'query',
      required: false,
      description: 'Emprise minx,miny,maxx,maxy (ou 6 nombres) dans bbox-crs (CRS84 par défaut)',
      schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
      style: 'form',
      explode: false,
    },
    'bbox-crs': {
      name: 'bbox-crs',
      in: 'query',
      required: false,
      description: 'CRS de bbox',
      schema: { type: 'string', enum: [...SUPPORTED_CRS] },
    },
    crs: {
      name: 'crs',
      in: 'query',
      required: false,
      description: 'CRS des géométries renvoyées (en-tête Content-Crs)',
      schema: { type: 'string', enum: [...SUPPORTED_CRS] },
    },
    limit: {
      name: 'limit',
      in: 'query',
      required: false,
      description: `Nombre maximal d’entités par page (défaut ${ITEMS_LIMIT_DEFAULT}, maximum ${ITEMS_LIMIT_MAX})`,
      schema: { type: 'integer', minimum: 1, maximum: ITEMS_LIMIT_MAX, default: ITEMS_LIMIT_DEFAULT },
    },
    offset: {
      name: 'offset',
      in: 'query',
      required: false,
      description: 'Rang de la première entité (pagination)',
      schema: { type: 'integer', minimum: 0, default: 0 },
    },
    datetime: {
      name: 'datetime',
      in: 'query',
      required: false,
      description: 'Instant ou intervalle RFC 3339 (a/b, ../b, a/..) comparé à la période d’activité',
      schema: { type: 'string' },
    },
  },
  schemas: {
    Problem: {
      type: 'object',
      required: ['type', 'title', 'status'],
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string' },
        'invalid-params': {
          type: 'array',
          items: { type: 'object', properties: { name: { type: 'string' }, reason: { type: 'string' } } },
        },
      },
    },
    FeatureCollection: {
      type: 'object',
      required: ['type', 'features'],
      properties: {
        type: { type: 'string', enum: ['FeatureCollection'] },
        features: { type: 'array', items: { $ref: '#/components/schemas/Feature' } },
        numberMatched: { type: 'integer', minimum: 0 },
        numberReturned: { type: 'integer', minimum: 0 },
        timeStamp: { type: 'string', format: 'date-time' },
        links: { type: 'array', items: { type: 'object' } },
      },
    },
    Feature: {
      type: 'object',
      required: ['type', 'geometry', 'properties'],
      properties: {
        type: { type: 'string', enum: ['Feature'] },
        id: { type: 'string' },
        geometry: { type: 'object', nullable: true },
        properties: { type: 'object', nullable: true },
        links: { type: 'array', items: { type: 'object' } },
      },
    },
  },
  responses: {
    Collection: json('Métadonnées de la collection'),
    Features: {
      description: 'Entités (GeoJSON, RFC 7946 en CRS84)',
      headers: { 'Content-Crs': { description: 'CRS des géométries', schema: { type: 'string' } } },
      content: {
        [MEDIA_TYPES.geojson]: { schema: { $ref: '#/components/schemas/FeatureCollection' } },
        [MEDIA_TYPES.html]: { schema: { type: 'string' } },
      },
    },
    Feature: {
      description: 'Une entité',
      headers: { 'Content-Crs': { description: 'CRS de la géométrie', schema: { type: 'string' } } },
      content: {
        [MEDIA_TYPES.geojson]: { schema: { $ref: '#/components/schemas/Feature' } },
        [MEDIA_TYPES.html]: { schema: { type: 'string' } },
      },
    },
    BadRequest: {
      description: 'Paramètre invalide',
      content: { [MEDIA_TYPES.problem]: { schema: { $ref: '#/components/schemas/Problem' } } },
    },
    NotFound: {
      description: 'Ressource introuvable',
      content: { [MEDIA_TYPES.problem]: { schema: { $ref: '#/components/schemas/Problem' } } },
    },
    ServerError: {
      description: 'Erreur interne',
      content: { [MEDIA_TYPES.problem]: { schema: { $ref: '#/components/schemas/Problem' } } },
    },
  },
}
