import { z } from 'zod'

// Catalogue metadata (issue 11 §5): the DCAT-AP catalogue of the collections in JSON-LD, and the
// Geotrek-admin POI export. The ISO 19139 records are XML and have no zod schema.

export const CATALOGUE_MEDIA_TYPES = {
  xml: 'application/xml',
  jsonLd: 'application/ld+json',
} as const

const Literal = z.object({
  '@value': z.string(),
  '@language': z.string().optional(),
  '@type': z.string().optional(),
})
const Reference = z.object({ '@id': z.string().url() })

const AgentSchema = z.object({
  '@type': z.literal('foaf:Agent'),
  'foaf:name': z.string(),
})

const DistributionSchema = z.object({
  '@type': z.literal('dcat:Distribution'),
  'dct:title': Literal,
  'dcat:accessURL': Reference,
  'dcat:downloadURL': Reference.optional(),
  'dcat:mediaType': Reference,
  'dct:license': Reference,
})

const DatasetSchema = z.object({
  '@id': z.string().url(),
  '@type': z.literal('dcat:Dataset'),
  'dct:identifier': z.string(),
  'dct:title': z.array(Literal).min(1),
  'dct:description': z.array(Literal).min(1),
  'dcat:keyword': z.array(Literal),
  'dcat:theme': z.array(Reference).min(1),
  'dct:publisher': AgentSchema,
  'dcat:contactPoint': z.object({
    '@type': z.literal('vcard:Organization'),
    'vcard:fn': z.string(),
    'vcard:hasEmail': Reference.optional(),
  }),
  'dct:modified': Literal,
  'dct:spatial': z.object({ '@type': z.literal('dct:Location'), 'dcat:bbox': Literal }).optional(),
  'dct:provenance': z.object({ '@type': z.literal('dct:ProvenanceStatement'), 'rdfs:label': Literal }),
  'dct:license': Reference,
  'dcat:landingPage': Reference,
  'foaf:page': Reference,
  'dcat:distribution': z.array(DistributionSchema).min(1),
})

/** `GET /catalog.jsonld`: DCAT-AP 2 catalogue of every collection of the catalogue. */
export const DcatCatalogSchema = z.object({
  '@context': z.record(z.string(), z.string()),
  '@id': z.string().url(),
  '@type': z.literal('dcat:Catalog'),
  'dct:title': z.array(Literal).min(1),
  'dct:description': z.array(Literal).min(1),
  'dct:publisher': AgentSchema,
  'foaf:homepage': Reference,
  'dct:language': Reference,
  'dct:license': Reference,
  'dct:modified': Literal,
  'dcat:dataset': z.array(DatasetSchema),
})
export type DcatCatalog = z.infer<typeof DcatCatalogSchema>

/** One point of interest as Geotrek-admin's `loadpoi` reads it (`--name-field name` …). */
export const GeotrekPoiSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({ id: z.string(), name: z.string(), type: z.string(), description: z.string() }),
})

/** `GET /exports/geotrek/pois.geojson`. */
export const GeotrekPoisSchema = z.object({
  type: z.literal('FeatureCollection'),
  name: z.string(),
  features: z.array(GeotrekPoiSchema),
})
export type GeotrekPois = z.infer<typeof GeotrekPoisSchema>
