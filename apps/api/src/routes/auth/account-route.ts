import { NoQuerySchema } from '@heritage-watch/shared'

/** What every `/auth` route declares: its tag, and no query parameter. */
export const ACCOUNT_ROUTE = { tags: ['Comptes'], querystring: NoQuerySchema }
