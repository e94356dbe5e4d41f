import {
  CATALOGUE_MEDIA_TYPES,
  DcatCatalogSchema,
  GeotrekPoisSchema,
  MEDIA_TYPES,
  NoQuerySchema,
  OgcTilePathSchema,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { baseUrl } from '../../ogc/links.ts'
import { answer, opaque, problems } from '../../openapi/route-schemas.ts'
import type { CatalogueMetadataService } from '../../services/catalogue-metadata.ts'

const TAGS = ['Catalogue']

/** `/collections/{id}/metadata` (ISO 19139), `/catalog.jsonld` (DCAT-AP) and the Geotrek POI export. */
export async function catalogueMetadataRoutes(
  app: FastifyInstance,
  options: { service: CatalogueMetadataService; publicUrl?: string },
) {
  const { service } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()

  routes.get(
    '/collections/:collectionId/metadata',
    {
      schema: {
        tags: TAGS,
        summary: 'Fiche de métadonnées ISO 19139 d’une collection',
        operationId: 'collection-iso-metadata',
        params: OgcTilePathSchema.pick({ collectionId: true }),
        querystring: NoQuerySchema,
        response: { 200: opaque('Fiche ISO 19139 (XML)', CATALOGUE_MEDIA_TYPES.xml), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const base = baseUrl(request, options.publicUrl)
      const xml = await service.isoRecord(request.params.collectionId, base)
      return reply.type(`${CATALOGUE_MEDIA_TYPES.xml}; charset=utf-8`).send(xml)
    },
  )

  routes.get(
    '/catalog.jsonld',
    {
      schema: {
        tags: TAGS,
        summary: 'Catalogue DCAT-AP de toutes les collections (JSON-LD)',
        operationId: 'dcat-catalog',
        querystring: NoQuerySchema,
        response: {
          200: answer('Catalogue DCAT-AP', DcatCatalogSchema, CATALOGUE_MEDIA_TYPES.jsonLd),
          ...problems(400),
        },
      },
    },
    async (request, reply) => {
      const body = await service.catalog(baseUrl(request, options.publicUrl))
      return reply.type(CATALOGUE_MEDIA_TYPES.jsonLd).send(body)
    },
  )

  routes.get(
    '/exports/geotrek/pois.geojson',
    {
      schema: {
        tags: TAGS,
        summary:
          'Points d’intérêt pour Geotrek-admin (loadpoi) : terrils, grands sites, sites en danger, éléments du bien',
        operationId: 'geotrek-pois',
        querystring: NoQuerySchema,
        response: {
          200: answer('POI (GeoJSON, EPSG:4326)', GeotrekPoisSchema, MEDIA_TYPES.geojson),
          ...problems(400),
        },
      },
    },
    async (_request, reply) => reply.type(MEDIA_TYPES.geojson).send(await service.geotrekPois()),
  )
}
