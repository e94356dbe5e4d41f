// The zod schemas alone, for clients that load them lazily (the web app keeps zod out of its first bundle).
export { FeatureContextSchema } from './api/feature-context.ts'
export { ReverseGeocodeResponseSchema, SearchResponseSchema } from './api/search.ts'
export { CollectionsSchema } from './ogc/collection.ts'
export { FeatureCollectionSchema, FeatureSchema, PrivateFeatureCollectionSchema } from './ogc/feature.ts'
export { BasemapsSchema } from './api/basemaps.ts'
