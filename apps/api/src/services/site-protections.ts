import type { ContextSubject, Overlap } from '../db/feature-context-repo.ts'
import { ref, text } from './context-values.ts'
import { type Entry, join, percent, type Said, say, SEPARATOR, siteType } from './protection-text.ts'

// The protections that come from the sites classés and inscrits (servitudes AC2): the 2016 status of a
// terril, read from the official perimeter of the chain, and every site a feature lies in or touches.

/** From this share a feature is "in" rather than "partly in": simplified outlines differ by metres. */
export const INSIDE_SHARE = 0.95
/** Below this share a site only touches the feature (a boundary shared within the 10 m simplification). */
const TOUCH_SHARE = 0.01
const CHAIN = say('le site classé « La chaîne des terrils »', 'the listed site “La chaîne des terrils”')
const SITE = say('le site', 'the site')

const isChain = (overlap: Overlap) =>
  overlap.kind === 'protected_site' && overlap.facts.chaine_des_terrils === true
const isOtherSite = (overlap: Overlap) =>
  overlap.kind === 'protected_site' && overlap.facts.chaine_des_terrils !== true

/** "dans …", "en partie dans … (12 %)" or "touche …", from the share of the feature inside the site. */
function placeIn(share: number, where: Said): Said {
  if (share >= INSIDE_SHARE) return join(say('dans ', 'in '), where)
  if (share >= TOUCH_SHARE)
    return join(say('en partie dans ', 'partly in '), where, ' (', percent(share * 100), ')')
  return join(say('touche ', 'touches '), where)
}

const created = (facts: Record<string, unknown>): Said => {
  const date = text(facts.datecrea)
  return join(
    say('servitude AC2 ', 'AC2 servitude '),
    String(facts.idsup),
    date ? say(`, créé le ${date}`, `, created on ${date}`) : '',
  )
}

/** How a terril's 2016 status was read (the loader's `classement_2016_methode`, in French). */
function method(facts: Record<string, unknown>, part: number): Said | undefined {
  const french = text(facts.classement_2016_methode)
  if (!french) return undefined
  const perimeter = 'the official perimeter of the listed site, AC2 servitude (DREAL Hauts-de-France)'
  const share = percent(part).en
  const english =
    facts.classement_2016 === 'classé'
      ? `Inside ${perimeter}: ${share} of its area`
      : facts.classement_2016 === 'en partie'
        ? `Partly inside ${perimeter}: ${share} of its area`
        : `Outside ${perimeter}${part > 0 ? `: it touches it by only ${share} of its area` : ''}`
  return say(french, english)
}

const STATUS_2016: Readonly<Record<string, string>> = {
  classé: 'listed',
  'hors site': 'outside the listed site',
}
const LIST_2016: Readonly<Record<string, string>> = {
  'sur la liste': 'on the list',
  'absent de la liste': 'absent from the list',
}

/** The terril's own status, with the polygon that holds it, and the decree's list when one is loaded. */
function terrilStatus(subject: ContextSubject, overlaps: Overlap[]): Entry[] {
  const facts = subject.properties
  const status = String(facts.classement_2016)
  const site = overlaps.find((overlap) => isChain(overlap) && overlap.id === facts.classement_2016_site)
  const part = typeof facts.classement_2016_part === 'number' ? facts.classement_2016_part : 0
  const detail = method(facts, part)
  const own: Entry = {
    status:
      status === 'en partie'
        ? join(say('en partie', 'partly'), ' (', percent(part), ')')
        : say(status, STATUS_2016[status] ?? status),
    ...(detail ? { detail } : {}),
    ...(site ? { via: ref(site) } : {}),
  }
  const list = text(facts.liste_officielle_2016)
  const source = text(facts.liste_officielle_2016_source) ?? '—'
  const listed: Entry[] =
    list && list !== 'non chargée'
      ? [
          {
            status: say(list, LIST_2016[list] ?? list),
            detail: say(
              `Liste numérotée du décret chargée : ${source}`,
              `Numbered list of the decree loaded: ${source}`,
            ),
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
        status: say(
          'polygone du site classé « La chaîne des terrils »',
          'polygon of the listed site “La chaîne des terrils”',
        ),
        detail: join(
          terrils.length
            ? say(
                `porte les terrils ${terrils.join(', ')} des couches de la Mission`,
                `holds spoil tips ${terrils.join(', ')} of the Mission’s layers`,
              )
            : say(
                'terril classé hors des couches de la Mission (aucun de leurs terrils n’y est)',
                'a listed spoil tip outside the Mission’s layers (none of their spoil tips is in it)',
              ),
          SEPARATOR,
          created(subject.properties),
        ),
      },
    ]
  }
  const own = isTerril && subject ? terrilStatus(subject, overlaps) : []
  const linked = subject?.properties.classement_2016_site
  const polygons = overlaps
    .filter((overlap) => isChain(overlap) && !(isTerril && overlap.id === linked))
    .map((overlap) => ({
      status: placeIn(overlap.subjectShare, CHAIN),
      detail: join(
        say(
          `polygone ${overlap.id} du périmètre officiel (`,
          `polygon ${overlap.id} of the official perimeter (`,
        ),
        created(overlap.facts),
        ')',
      ),
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
      ? [{ status: siteType(String(subject.properties.typesite)), detail: created(subject.properties) }]
      : []
  return [
    ...own,
    ...overlaps.filter(isOtherSite).map((overlap) => ({
      status: join(
        siteType(String(overlap.facts.typesite)),
        say(` « ${overlap.label} »`, ` “${overlap.label}”`),
      ),
      detail: join(placeIn(overlap.subjectShare, SITE), SEPARATOR, created(overlap.facts)),
      via: ref(overlap),
    })),
  ]
}
