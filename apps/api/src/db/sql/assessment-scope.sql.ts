// The one SQL form of assessmentScope (packages/shared/src/auth/policy.ts) for constats d'état: the
// `$n` parameter is the organisation a partner is limited to (NULL: all). What the sources say of a site
// belongs to no organisation, so source-derived constats are in every account's scope.

/**
 * The condition a constat (aliased `alias`) must meet to be shown, `$n` being the organisation parameter.
 * @example `WHERE ${assessmentInScope(3)}`
 */
export const assessmentInScope = (n: number, alias = 'a') =>
  `($${n}::uuid IS NULL OR ${alias}.organisation_id = $${n}::uuid OR ${alias}.origin = 'source')`
