import {
  type CollectionDefinition,
  DATA_LICENCE,
  type DcatCatalog,
  DcatCatalogSchema,
} from '@heritage-watch/shared'
import type { MetadataContact } from './contact.ts'
import { inspireTheme } from './inspire-themes.ts'
import { lineageStatement } from './lineage.ts'
import { collectionResources } from './resources.ts'

// The DCAT-AP 2 catalogue of the collections in JSON-LD, for data.gouv.fr and Géo2France to harvest.
// Prefixed names with one @context keep it readable as JSON and exact as RDF.

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  gsp: 'http://www.opengis.net/ont/geosparql#',
}

const french = (value: string) => ({ '@value': value, '@language': 'fr' })
const english = (value: string) => ({ '@value': value, '@language': 'en' })
const dateTime = (value: string) => ({ '@value': value, '@type': 'xsd:dateTime' })
const ref = (url: string) => ({ '@id': url })

export interface CatalogueSummary {
  collection: CollectionDefinition
  bbox: [number, number, number, number] | null
}

/** The bounding box as a GeoSPARQL WKT literal in CRS84, the form DCAT 2 `dcat:bbox` asks for. */
function bboxLiteral([west, south, east, north]: [number, number, number, number]) {
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ]
  const wkt = `POLYGON((${ring.map((point) => point.join(' ')).join(', ')}))`
  return { '@value': wkt, '@type': 'gsp:wktLiteral' }
}

function dataset(summary: CatalogueSummary, base: string, contact: MetadataContact, updated: string) {
  const { collection } = summary
  const url = `${base}/collections/${encodeURIComponent(collection.id)}`
  return {
    '@id': url,
    '@type': 'dcat:Dataset' as const,
    'dct:identifier': collection.id,
    'dct:title': [french(collection.title.fr), english(collection.title.en)],
    'dct:description': [french(collection.description.fr), english(collection.description.en)],
    'dcat:keyword': ['Bassin minier', 'patrimoine mondial', 'UNESCO', inspireTheme(collection).label].map(
      french,
    ),
    'dcat:theme': [ref(inspireTheme(collection).uri)],
    'dct:publisher': { '@type': 'foaf:Agent' as const, 'foaf:name': contact.organisation },
    'dcat:contactPoint': {
      '@type': 'vcard:Organization' as const,
      'vcard:fn': contact.organisation,
      ...(contact.email ? { 'vcard:hasEmail': ref(`mailto:${contact.email}`) } : {}),
    },
    'dct:modified': dateTime(updated),
    ...(summary.bbox
      ? { 'dct:spatial': { '@type': 'dct:Location' as const, 'dcat:bbox': bboxLiteral(summary.bbox) } }
      : {}),
    'dct:provenance': {
      '@type': 'dct:ProvenanceStatement' as const,
      'rdfs:label': french(lineageStatement(collection)),
    },
    'dct:license': ref(DATA_LICENCE.url),
    'dcat:landingPage': ref(`${url}?f=html`),
    'foaf:page': ref(`${url}/metadata`),
    'dcat:distribution': collectionResources(collection, base).map((resource) => ({
      '@type': 'dcat:Distribution' as const,
      'dct:title': french(resource.description),
      'dcat:accessURL': ref(resource.url),
      ...(resource.download ? { 'dcat:downloadURL': ref(resource.url) } : {}),
      'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${resource.mediaType}`),
      'dct:license': ref(DATA_LICENCE.url),
    })),
  }
}

/**
 * The DCAT-AP catalogue of every collection, checked against the shared schema.
 * @param base the absolute base URL of the API, without a trailing slash
 * @param updated when the data was last loaded (ISO 8601)
 */
export function dcatCatalog(
  summaries: CatalogueSummary[],
  base: string,
  contact: MetadataContact,
  updated: string,
): DcatCatalog {
  return DcatCatalogSchema.parse({
    '@context': CONTEXT,
    '@id': `${base}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': [
      french('Heritage-watch — Bassin minier du Nord-Pas-de-Calais'),
      english('Heritage-watch — Nord-Pas-de-Calais Mining Basin'),
    ],
    'dct:description': [
      french(
        'Les couches de la veille patrimoniale du Bassin minier, patrimoine mondial de l’UNESCO depuis 2012.',
      ),
      english('The heritage-watch layers of the Mining Basin, UNESCO World Heritage since 2012.'),
    ],
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': contact.organisation },
    'foaf:homepage': ref(`${base}/`),
    'dct:language': ref('http://publications.europa.eu/resource/authority/language/FRA'),
    'dct:license': ref(DATA_LICENCE.url),
    'dct:modified': dateTime(updated),
    'dcat:dataset': summaries.map((summary) => dataset(summary, base, contact, updated)),
  })
}
