import {
  type CollectionDefinition,
  type PropertyDefinition,
  TEMPORAL_QUERYABLE,
} from '@heritage-watch/shared'

const JSON_TYPES: Record<PropertyDefinition['kind'], object> = {
  string: { type: 'string' },
  integer: { type: 'integer' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  'string[]': { type: 'array', items: { type: 'string' } },
}

const GEOMETRY_SCHEMAS: Record<CollectionDefinition['geometryType'], string> = {
  MultiPolygon: 'https://geojson.org/schema/MultiPolygon.json',
  MultiLineString: 'https://geojson.org/schema/MultiLineString.json',
  Point: 'https://geojson.org/schema/Point.json',
}

/** The JSON Schema of a collection's queryables (OGC API - Features Part 3). */
export function queryablesSchema(collection: CollectionDefinition, url: string) {
  const properties: Record<string, object> = {
    geometry: {
      title: 'Géométrie',
      format: `geometry-${collection.geometryType.toLowerCase()}`,
      $ref: GEOMETRY_SCHEMAS[collection.geometryType],
    },
  }
  for (const property of collection.properties.filter((p) => p.filter)) {
    properties[property.name] = {
      title: property.title.fr,
      ...(property.description ? { description: property.description.fr } : {}),
      ...JSON_TYPES[property.kind],
      ...(property.enum ? { enum: property.enum } : {}),
    }
  }
  // A dated collection's span, for the CQL2 temporal functions (T_INTERSECTS(datetime, INTERVAL(…))).
  if (collection.temporal)
    properties[TEMPORAL_QUERYABLE] = {
      title: 'Période',
      description: `${collection.temporal.description.fr} ; un intervalle de dates pour les fonctions CQL2 T_INTERSECTS, T_BEFORE…`,
    }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: url,
    type: 'object',
    title: collection.title.fr,
    description: `Propriétés filtrables de « ${collection.title.fr} » (paramètres de requête de /items)`,
    properties,
    additionalProperties: false,
  }
}
