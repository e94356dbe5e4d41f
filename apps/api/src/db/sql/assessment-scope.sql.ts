// The one SQL form of assessmentScope (packages/shared/src/auth/policy.ts) for constats d'état: the
// `$n` parameter is the organisation a partner is limited to (NULL: all). What the sources say of a site
// belongs to no organisation, so source-derived constats are in every account's scope.

/**
 * The condition a constat aliased `a` must meet to be shown, `$n` being the organisation parameter.
 * @example `WHERE ${assessmentInScope(3)}`
 */
export const assessmentInScope = (n: number) =>
  `($${n}::uuid IS NULL OR a.organisation_id = $${n}::uuid OR a.origin = 'source')`
