import { MEDIA_TYPES, MVT_MEDIA_TYPE, NEARBY_RADIUS_M, TILE_ZOOM_MAX } from '@heritage-watch/shared'
import { ref } from './openapi-components.ts'

// The paths the web map uses besides OGC API - Features: search, feature record context, vector tiles.

const errors = { '400': ref('responses/BadRequest'), '404': ref('responses/NotFound') }
const jsonObject = (description: string) => ({
  description,
  content: { [MEDIA_TYPES.json]: { schema: { type: 'object' } } },
})
const pathParameter = (name: string, description: string, schema: object) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
})

export const MAP_PATHS = {
  '/search': {
    get: {
      tags: ['Carte'],
      summary: 'Recherche par nom, commune, identifiant UNESCO (37B) ou numéro de terril (74A, T074A)',
      operationId: 'search',
      parameters: [
        { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 100 } },
        {
          name: 'limit',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
        },
      ],
      responses: { '200': jsonObject('Résultats, identifiants d’abord'), '400': errors['400'] },
    },
  },
  '/collections/{collectionId}/items/{featureId}/context': {
    get: {
      tags: ['Carte'],
      summary: `Protections d’une entité et entités liées (dans un rayon de ${NEARBY_RADIUS_M} m)`,
      operationId: 'feature-context',
      parameters: [
        pathParameter('collectionId', 'Identifiant de la collection', { type: 'string' }),
        pathParameter('featureId', 'Identifiant de l’entité', { type: 'string' }),
      ],
      responses: { '200': jsonObject('Protections et entités liées'), ...errors },
    },
  },
  '/tiles/{collectionId}': {
    get: {
      tags: ['Carte'],
      summary: 'TileJSON 3.0.0 des tuiles vectorielles d’une collection',
      operationId: 'tilejson',
      parameters: [pathParameter('collectionId', 'Identifiant de la collection', { type: 'string' })],
      responses: { '200': jsonObject('TileJSON'), ...errors },
    },
  },
  '/tiles/{collectionId}/{z}/{x}/{y}': {
    get: {
      tags: ['Carte'],
      summary: 'Tuile vectorielle (MVT), une couche nommée comme la collection',
      operationId: 'tile',
      parameters: [
        pathParameter('collectionId', 'Identifiant de la collection', { type: 'string' }),
        pathParameter('z', 'Niveau de zoom', { type: 'integer', minimum: 0, maximum: TILE_ZOOM_MAX }),
        pathParameter('x', 'Colonne (0 à 2^z - 1)', { type: 'integer', minimum: 0 }),
        pathParameter('y', 'Ligne (0 à 2^z - 1)', { type: 'integer', minimum: 0 }),
      ],
      responses: {
        '200': {
          description: 'Tuile',
          content: { [MVT_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
        },
        '204': { description: 'Tuile vide' },
        ...errors,
      },
    },
  },
}
