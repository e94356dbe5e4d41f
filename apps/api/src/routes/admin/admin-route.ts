import { NoQuerySchema } from '@heritage-watch/shared'

/** What every `/admin` route declares: its tag, and no query parameter. */
export const ADMIN_ROUTE = { tags: ['Administration'], querystring: NoQuerySchema }
