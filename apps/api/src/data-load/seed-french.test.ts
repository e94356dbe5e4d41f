import path from 'node:path'
import { SOURCE_FILES } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { readTable } from './read-sources.ts'
import { frenchMajorSiteName, frenchSiteAtRiskReason } from './seed-french.ts'
import { GrandsSitesRowSchema, SitesAtRiskRowSchema } from './source-schemas.ts'

const DATA_DIR = path.resolve(import.meta.dirname, '../../../../data')
const fromRoot = (file: string) => file.replace(/^data\//, '')
/** English words the seeds' notes used; none may reach a French reader. */
const ENGLISH = /\b(and|of|the|list|built|since|named|leaflet|buildings?|twin|earliest|housing|lists)\b/i

describe('the seeds in French (issue #11 §7)', () => {
  it('gives every reason of sites_at_risk.csv in French, keeping its numbers', async () => {
    const rows = await readTable(DATA_DIR, fromRoot(SOURCE_FILES.sitesEnDanger.file), SitesAtRiskRowSchema)
    expect(rows).toHaveLength(11)
    for (const row of rows) {
      const french = frenchSiteAtRiskReason(row.reason)
      expect(french, row.reason).not.toBe(row.reason)
      expect(french).not.toMatch(ENGLISH)
      // A translation keeps every figure of the note (years, counts, pit numbers).
      expect(french.match(/\d+/g)?.sort()).toEqual(row.reason.match(/\d+/g)?.sort())
    }
  })

  it('names every grand site in French', async () => {
    const rows = await readTable(DATA_DIR, fromRoot(SOURCE_FILES.grandsSites.file), GrandsSitesRowSchema)
    expect(rows.map((row) => frenchMajorSiteName(row.name)).filter((name) => ENGLISH.test(name))).toEqual([])
    expect(frenchMajorSiteName('Base 11/19 (Fosse 11-19) and twin terrils 74/74A')).toBe(
      'Base 11/19 (Fosse 11-19) et terrils jumeaux 74/74A',
    )
  })
})
