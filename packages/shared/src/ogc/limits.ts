/** Paging limits of `/collections/{id}/items`, declared in the OpenAPI document too. */
export const ITEMS_LIMIT_DEFAULT = 100
export const ITEMS_LIMIT_MAX = 10_000
