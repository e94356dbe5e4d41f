import type { FeatureContext, Protection, RelatedFeature } from '@heritage-watch/shared'
import { collectionTable } from '../collections/collection-tables.ts'
import type {
  ContextSubject,
  FeatureContextRepo,
  FeatureRef,
  Overlap,
  PropertyLinks,
} from '../db/feature-context-repo.ts'
import { ERROR_MESSAGES, NotFoundError } from '../errors.ts'
import { requireCollection, requireFeatureId } from './features.ts'
import { ref, text } from './context-values.ts'
import {
  type Entry,
  join,
  monumentStatus,
  percent,
  type Said,
  say,
  SEPARATOR,
  toProtection,
} from './protection-text.ts'
import { chainProtections, INSIDE_SHARE, siteProtections } from './site-protections.ts'

const table = (collection: string) => collectionTable(collection).table
const ELEMENTS = table('bien-inscrit-elements')
const COMPONENTS = table('bien-inscrit-composantes')
const TERRILS = table('terrils')
const ERBM_CITES = table('cites-erbm')
const BUFFER_ZONE = table('zone-tampon')
const PROTECTED_SITES = table('sites-classes-inscrits')
const BUFFER_LAYERS = ['cites', 'cavaliers', 'espaces-neonaturels', 'parvis-agricoles'].map((layer) =>
  table(`zone-tampon-${layer}`),
)
const ELEMENT = say('élément du bien', 'element of the property')
const COMPONENT = say('composante du bien', 'component of the property')
const PROPERTY = say('le bien', 'the property')
const BUFFER = say('la zone tampon', 'the buffer zone')
/** Statuses that put a feature in the property, where the buffer zone is not mentioned as well. */
const IN_PROPERTY = [ELEMENT.fr, COMPONENT.fr, 'dans le bien']
const ERBM_STATUS: Record<string, Said> = {
  oui: say('cité prioritaire de l’ERBM', 'priority estate of the ERBM'),
  non: say('cité de l’ERBM, non prioritaire', 'ERBM estate, not a priority'),
  inconnue: say(
    'cité de l’ERBM, priorité inconnue (liste officielle non chargée)',
    'ERBM estate, priority unknown (official list not loaded)',
  ),
}
const UNESCO_STATUS: Record<string, string> = { oui: 'yes', non: 'no', partiel: 'partly' }
const ofKind = (overlaps: Overlap[], kind: Overlap['kind']) =>
  overlaps.filter((overlap) => overlap.kind === kind)
const inside = (overlap: Overlap, where: Said, member = false): Said =>
  member || overlap.subjectShare >= INSIDE_SHARE
    ? join(say('dans ', 'in '), where)
    : join(say('en partie dans ', 'partly in '), where, ' (', percent(overlap.subjectShare * 100), ')')

function property(subject: ContextSubject | undefined, overlaps: Overlap[], links: PropertyLinks): Entry[] {
  if (subject?.table === ELEMENTS && links.component) {
    const detail = say(
      `élément ${subject.id} de la composante ${links.component.id}`,
      `element ${subject.id} of component ${links.component.id}`,
    )
    return [{ status: ELEMENT, detail, via: ref(links.component) }]
  }
  if (subject?.table === COMPONENTS) {
    const { numero_section: number, section } = subject.properties
    const detail = say(
      `composante ${subject.id}, section ${number} (${section})`,
      `component ${subject.id}, section ${number} (${section})`,
    )
    return [{ status: COMPONENT, detail }]
  }
  if (links.element) {
    const detail = say(`élément UNESCO ${links.element.id}`, `UNESCO element ${links.element.id}`)
    return [{ status: ELEMENT, detail, via: ref(links.element) }]
  }
  return ofKind(overlaps, 'component').map((overlap) => ({
    status: inside(overlap, PROPERTY),
    detail: say(`intersecte la composante ${overlap.id}`, `intersects component ${overlap.id}`),
    via: ref(overlap),
  }))
}

function bufferZone(subject: ContextSubject | undefined, overlaps: Overlap[]): Entry[] {
  if (subject?.table === BUFFER_ZONE)
    return [{ status: say('partie de la zone tampon', 'part of the buffer zone') }]
  // Members of the buffer-zone layers are in it by definition, whatever the simplified outlines say.
  const member = BUFFER_LAYERS.includes(subject?.table ?? '') || subject?.properties.zone === 'zone_tampon'
  const spatial = ofKind(overlaps, 'buffer_zone').map((overlap) => ({
    status: inside(overlap, BUFFER, member),
    detail: say(
      `intersecte le polygone ${overlap.id} de la zone tampon`,
      `intersects polygon ${overlap.id} of the buffer zone`,
    ),
    via: ref(overlap),
  }))
  if (spatial.length > 0 || !member) return spatial
  return [
    {
      status: join(say('dans ', 'in '), BUFFER),
      detail: say('couche officielle de la zone tampon', 'official layer of the buffer zone'),
    },
  ]
}

function monument(properties: Record<string, unknown>): Entry[] {
  const protection = text(properties.protection)
  if (protection?.toLowerCase() === 'non') return []
  const field = (name: string) => say(`champ « ${name} »`, `field “${name}”`)
  if (protection) {
    const detail = say(
      'champ « protection » des données Mission Bassin Minier',
      'field “protection” of the Mission Bassin Minier data',
    )
    return [{ status: monumentStatus(protection), detail }]
  }
  if (properties.classe_mh === true)
    return [{ status: monumentStatus('Classé MH'), detail: field('classe_mh') }]
  if (properties.inscrit_mh === true)
    return [{ status: monumentStatus('Inscrit MH'), detail: field('inscrit_mh') }]
  return []
}

function erbm(subject: ContextSubject | undefined, overlaps: Overlap[]): Entry[] {
  const entry = (facts: Record<string, unknown>, overlap?: Overlap): Entry => {
    const status = ERBM_STATUS[String(facts.priorite_erbm)] ?? ERBM_STATUS.inconnue ?? say('', '')
    const part =
      typeof facts.part_dans_bien === 'number'
        ? join(', ', percent(facts.part_dans_bien), say(' dans le bien', ' in the property'))
        : ''
    const unesco = text(facts.statut_unesco)
    const detail = join(
      say('statut UNESCO : ', 'UNESCO status: '),
      unesco ? say(unesco, UNESCO_STATUS[unesco] ?? unesco) : say('inconnu', 'unknown'),
      part,
    )
    return overlap
      ? {
          status,
          detail: join(
            say(`intersecte la cité ${overlap.id}`, `intersects estate ${overlap.id}`),
            SEPARATOR,
            detail,
          ),
          via: ref(overlap),
        }
      : { status, detail }
  }
  const own = subject?.table === ERBM_CITES ? [entry(subject.properties)] : []
  return own.concat(ofKind(overlaps, 'erbm').map((overlap) => entry(overlap.facts, overlap)))
}

/**
 * The protection regimes of a stored feature, or of a drawn geometry when `subject` is undefined: what
 * the feature is (element, component, terril, ERBM cité, MH fields), then what it lies in or overlaps.
 */
export function protectionsOf(
  subject: ContextSubject | undefined,
  overlaps: Overlap[],
  links: PropertyLinks = { elements: [] },
): Protection[] {
  const inProperty = property(subject, overlaps, links)
  const regime = (name: Protection['regime'], entries: Entry[]) =>
    entries.map((entry) => toProtection(name, entry))
  return [
    ...regime('bien_inscrit', inProperty),
    ...regime(
      'zone_tampon',
      inProperty.some((entry) => IN_PROPERTY.includes(entry.status.fr)) ? [] : bufferZone(subject, overlaps),
    ),
    ...regime(
      'site_classe_2016',
      chainProtections(subject, overlaps, subject?.table === TERRILS, subject?.table === PROTECTED_SITES),
    ),
    ...regime('site_classe_inscrit', siteProtections(subject, overlaps, subject?.table === PROTECTED_SITES)),
    ...regime('monument_historique', monument(subject?.properties ?? {})),
    ...regime('erbm', erbm(subject, overlaps)),
  ]
}

/**
 * Related features in the contract's order: property links, what lies in a protected site, terrils and
 * cités near, then communes.
 */
export function relatedOf(
  nearby: RelatedFeature[],
  overlaps: Overlap[],
  links: PropertyLinks = { elements: [] },
  inside: FeatureRef[] = [],
): RelatedFeature[] {
  const linked = (relation: 'composante' | 'element' | 'commune' | 'dans_le_site', refs: FeatureRef[]) =>
    refs.map((feature): RelatedFeature => ({ relation, ...ref(feature), distanceM: null }))
  const communes = ofKind(overlaps, 'commune').sort((a, b) => a.label.localeCompare(b.label, 'fr'))
  return [
    ...linked('composante', links.component ? [links.component] : []),
    ...linked('element', links.elements),
    ...linked('dans_le_site', inside),
    ...nearby,
    ...linked('commune', communes),
  ]
}

/** What protects a stored feature and what is near it (issue #3). */
export function createFeatureContextService(repo: FeatureContextRepo) {
  return {
    /**
     * @throws NotFoundError for an unknown collection or feature
     * @throws ValidationError for an id that cannot belong to the collection
     */
    async featureContext(collectionId: string, featureId: string): Promise<FeatureContext> {
      const collection = requireCollection(collectionId)
      requireFeatureId(collection, featureId)
      const subject = await repo.findSubject(collection.id, featureId)
      if (!subject) throw new NotFoundError(ERROR_MESSAGES.featureNotFound(collection.id, featureId))
      const isSite = subject.table === PROTECTED_SITES && subject.geometry !== null
      const [{ overlaps, nearby }, links, inside] = await Promise.all([
        repo.spatialContext({ ewkb: subject.geometry }, { table: subject.table, id: subject.id }),
        repo.propertyLinks({
          componentOf: subject.table === ELEMENTS ? text(subject.properties.composante) : null,
          elementsOf: subject.table === COMPONENTS ? subject.id : null,
          element: subject.table === ELEMENTS ? null : text(subject.properties.element_unesco),
        }),
        isSite && subject.geometry ? repo.featuresInside(subject.geometry) : Promise.resolve([]),
      ])
      return {
        collection: collection.id,
        id: subject.id,
        protections: protectionsOf(subject, overlaps, links),
        related: relatedOf(nearby, overlaps, links, inside),
      }
    },
  }
}

export type FeatureContextService = ReturnType<typeof createFeatureContextService>
