import type { FeatureRef } from '../db/feature-context-repo.ts'

// Small readers shared by the feature context's protection builders.

/** A trimmed non-empty string, or null for anything else (a column may hold null, '' or a number). */
export const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null

/** A feature reference without the extra fields an overlap row carries (facts, shares). */
export const ref = ({ collection, id, label }: FeatureRef): FeatureRef => ({ collection, id, label })
