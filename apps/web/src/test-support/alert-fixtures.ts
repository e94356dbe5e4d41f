import type { Alert, AlertContext, AlertPreview, AlertSummary, User } from '@heritage-watch/shared'

// Small answers of the alerts API that pass the shared zod schemas, for component tests.

export const OFFICER: User = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'agente@example.org',
  displayName: 'Agente',
  role: 'officer',
  organisation: null,
  disabled: false,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
}

export const PARTNER: User = {
  ...OFFICER,
  id: '00000000-0000-4000-8000-000000000002',
  email: 'mairie@example.org',
  displayName: 'Mairie',
  role: 'partner',
  organisation: { id: '00000000-0000-4000-8000-0000000000a1', name: 'Mairie de Loos-en-Gohelle' },
}

const CONTEXT: AlertContext = {
  components: [],
  elements: [],
  inProperty: true,
  inBufferZone: false,
  terrils: [
    {
      collection: 'terrils',
      id: '74A',
      label: 'Terril 74A',
      numero: '74A',
      classement2016: 'classé',
      classement2016Methode: 'Dans le périmètre officiel du site classé, servitude AC2',
    },
  ],
  protectedSites: [
    {
      collection: 'sites-classes-inscrits',
      id: '3527',
      label: 'terrils formant la chaîne des terrils du bassin minier du nord de la France',
      typesite: 'Site classé',
      chaineDesTerrils: true,
      share: 1,
    },
  ],
  erbmCites: [],
  communes: [{ collection: 'communes', id: '62528', label: 'Loos-en-Gohelle' }],
}

export const PREVIEW: AlertPreview = {
  features: [{ collection: 'terrils', id: '74A', label: 'Terrils jumeaux du 11/19' }],
  geometry: null,
  context: CONTEXT,
  duplicates: [],
}

/** An alert summary; `index` makes its id, reference and title unique. */
export function alertSummary(index: number, change: Partial<AlertSummary> = {}): AlertSummary {
  const suffix = String(index).padStart(12, '0')
  return {
    id: `00000000-0000-4000-8000-${suffix}`,
    reference: `A-${String(index).padStart(6, '0')}`,
    title: `Alerte ${index}`,
    category: 'incendie',
    severity: 'high',
    status: 'nouvelle',
    observedOn: '2026-04-20',
    createdAt: '2026-04-20T10:00:00.000Z',
    updatedAt: '2026-04-20T10:00:00.000Z',
    reporter: { id: PARTNER.id, displayName: PARTNER.displayName },
    organisation: PARTNER.organisation,
    assignee: null,
    features: [{ collection: 'terrils', id: '74A', label: 'Terrils jumeaux du 11/19' }],
    communes: ['Loos-en-Gohelle'],
    anchor: [2.79, 50.46],
    photoCount: 0,
    ...change,
  }
}

/** A whole alert record, as `GET /alerts/{id}` and the writes answer. */
export function alertRecord(index: number, change: Partial<Alert> = {}): Alert {
  return {
    ...alertSummary(index),
    description: 'Fumées sur le flanc nord.',
    geometry: null,
    geometryOrigin: 'features',
    context: CONTEXT,
    photos: [],
    events: [],
    duplicates: [],
    nextStatuses: ['prise_en_compte', 'rejetee'],
    ...change,
  }
}
