import type { Protection } from '@heritage-watch/shared'
import type { ContextSubject, Overlap } from '../db/feature-context-repo.ts'
import { ref, text } from './context-values.ts'
import { formatPercent } from './percent.ts'

// The protections that come from the sites classés and inscrits (servitudes AC2): the 2016 status of a
// terril, read from the official perimeter of the chain, and every site a feature lies in or touches.

type Entry = Omit<Protection, 'regime'>

/** From this share a feature is "in" rather than "partly in": simplified outlines differ by metres. */
export const INSIDE_SHARE = 0.95
/** Below this share a site only touches the feature (a boundary shared within the 10 m simplification). */
const TOUCH_SHARE = 0.01
const CHAIN = 'le site classé « La chaîne des terrils »'

const isChain = (overlap: Overlap) =>
  overlap.kind === 'protected_site' && overlap.facts.chaine_des_terrils === true
const isOtherSite = (overlap: Overlap) =>
  overlap.kind === 'protected_site' && overlap.facts.chaine_des_terrils !== true

/** "dans …", "en partie dans … (12 %)" or "touche …", from the share of the feature inside the site. */
function placeIn(share: number, where: string): string {
  if (share >= INSIDE_SHARE) return `dans ${where}`
  if (share >= TOUCH_SHARE) return `en partie dans ${where} (${formatPercent(share * 100)})`
  return `touche ${where}`
}

const created = (facts: Record<string, unknown>) => {
  const date = text(facts.datecrea)
  return `servitude AC2 ${String(facts.idsup)}${date ? `, créé le ${date}` : ''}`
}

/** The terril's own status, with the polygon that holds it, and the decree's list when one is loaded. */
function terrilStatus(subject: ContextSubject, overlaps: Overlap[]): Entry[] {
  const facts = subject.properties
  const status = String(facts.classement_2016)
  const site = overlaps.find((overlap) => isChain(overlap) && overlap.id === facts.classement_2016_site)
  const part = typeof facts.classement_2016_part === 'number' ? facts.classement_2016_part : 0
  const own: Entry = {
    status: status === 'en partie' ? `en partie (${formatPercent(part)})` : status,
    detail: text(facts.classement_2016_methode) ?? undefined,
    ...(site ? { via: ref(site) } : {}),
  }
  const list = text(facts.liste_officielle_2016)
  const listed: Entry[] =
    list && list !== 'non chargée'
      ? [
          {
            status: list,
            detail: `Liste numérotée du décret chargée : ${text(facts.liste_officielle_2016_source) ?? '—'}`,
          },
        ]
      : []
  return [own, ...listed]
}

/**
 * The site classé of 2016: a terril's own status; for any other feature, each polygon of the chain it
 * lies in or touches; for a polygon of the chain, what it holds.
 */
export function chainProtections(
  subject: ContextSubject | undefined,
  overlaps: Overlap[],
  isTerril: boolean,
  isSite: boolean,
): Entry[] {
  if (isSite && subject?.properties.chaine_des_terrils === true) {
    const terrils = Array.isArray(subject.properties.terrils) ? subject.properties.terrils : []
    return [
      {
        status: 'polygone du site classé « La chaîne des terrils »',
        detail: terrils.length
          ? `porte les terrils ${terrils.join(', ')} des couches de la Mission ; ${created(subject.properties)}`
          : `terril classé hors des couches de la Mission (aucun de leurs terrils n’y est) ; ${created(subject.properties)}`,
      },
    ]
  }
  const own = isTerril && subject ? terrilStatus(subject, overlaps) : []
  const linked = subject?.properties.classement_2016_site
  const polygons = overlaps
    .filter((overlap) => isChain(overlap) && !(isTerril && overlap.id === linked))
    .map((overlap) => ({
      status: placeIn(overlap.subjectShare, CHAIN),
      detail: `polygone ${overlap.id} du périmètre officiel (${created(overlap.facts)})`,
      via: ref(overlap),
    }))
  return [...own, ...polygons]
}

/** The other sites classés and inscrits: the site itself for its own record, else those it touches. */
export function siteProtections(
  subject: ContextSubject | undefined,
  overlaps: Overlap[],
  isSite: boolean,
): Entry[] {
  const own: Entry[] =
    isSite && subject && subject.properties.chaine_des_terrils !== true
      ? [{ status: String(subject.properties.typesite).toLowerCase(), detail: created(subject.properties) }]
      : []
  return [
    ...own,
    ...overlaps.filter(isOtherSite).map((overlap) => ({
      status: `${String(overlap.facts.typesite).toLowerCase()} « ${overlap.label} »`,
      detail: `${placeIn(overlap.subjectShare, 'le site')} ; ${created(overlap.facts)}`,
      via: ref(overlap),
    })),
  ]
}
