// The zod schemas of the ERBM follow-up, in a module of their own that erbm-client.ts imports lazily.
export { ErbmCiteDetailSchema, ErbmCiteListSchema } from '@heritage-watch/shared'
