// The indicators' zod schemas, in a module of their own that the client imports lazily, as
// session-contracts.ts does for accounts and alerts: the first bundle stays without zod.
export { IndicatorAreasSchema, IndicatorsSchema } from '@heritage-watch/shared'
