// The rows of the fiche-bilan's queries (db/sql/sheets.sql.ts, sheet-erbm.sql.ts, sheet-map.sql.ts), in
// camelCase as the SQL names them.

/** A (table, id) pair as alerts and constats store a feature. */
export interface StoredFeatureRef {
  table: string
  id: string
}

/** The map's frame in Lambert-93 and the feature's own SVG path (or point, for a dimension 0 feature). */
export interface MapFrameRow {
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  dimension: number
  path: string
  x: number
  y: number
}

export interface MapLayerRow {
  layer: 'zone_tampon' | 'composante' | 'element'
  dimension: number
  path: string
}

export interface SheetAlertRow {
  reference: string
  title: string
  category: string
  severity: string
  status: string
  observedOn: string
  createdAt: Date
  updatedAt: Date
  organisation: string | null
}

export interface SheetAssessmentRow {
  id: string
  reference: string
  visitedOn: string
  condition: string
  trend: string
  occupancy: string
  priority: string
  threats: string[]
  note: string
  origin: string
  source: string | null
  status: string
  organisation: string | null
}

/** A photo to embed; `content` is null when it is over the size the sheet embeds. */
export interface SheetPhotoRow {
  origin: 'constat' | 'alerte' | 'bilan'
  reference: string
  filename: string
  mediaType: string
  byteSize: number
  content: Buffer | null
  createdAt: Date
}

export interface SiteAtRiskFollowupRow {
  fondationPatrimoineUrl: string | null
  proprietaire: string | null
  protection: string | null
  updatedAt: Date
}

export interface SheetIndexRow {
  collection: 'sites-en-danger' | 'cites-erbm'
  id: string
  label: string
  communes: string
  priority: string | null
}

export interface ErbmEvaluationRow {
  id: string
  visitedOn: string
  habitabiliteScore: number
  habitabiliteComment: string
  facadesScore: number
  facadesComment: string
  abordsScore: number
  abordsComment: string
  patrimoineScore: number
  patrimoineComment: string
}

export interface ErbmFollowupRows {
  followup: { bailleur: string | null; logements: number | null; updatedAt: Date } | undefined
  currentPhase: string | undefined
  phases: { phase: string; startedOn: string | null; endedOn: string | null }[]
  opinions: {
    givenOn: string
    subject: string
    verdict: string
    text: string
    dossierNumber: string | null
    attachments: number
  }[]
  dossiers: { number: string; url: string | null; label: string | null }[]
  evaluations: ErbmEvaluationRow[]
}
