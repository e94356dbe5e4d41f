import { featureLabel } from '@heritage-watch/shared'
import type { SheetContent } from '../services/sheets/sheet-content.ts'
import { erbmSection } from './erbm-section.ts'
import { legendSwatch, MAP_LEGEND, mapExtractSvg } from './map-extract.ts'
import { escapeHtml } from './sheet-format.ts'
import {
  alertsSection,
  assessmentsSection,
  attributesSection,
  protectionsSection,
  section,
  siteAtRiskSection,
} from './sheet-sections.ts'
import { photosSection, sourcesSection } from './sheet-sources.ts'
import { SHEET_CSS } from './sheet-style.ts'

// The whole fiche-bilan as one HTML document, in French, with no script: what a browser prints and what
// the PDF engine renders. A section the caller may not see is left out, not shown empty.

/** The sheet's path, and its PDF's. */
export const sheetPath = (collectionId: string, featureId: string, pdf = false) =>
  `/sheets/${encodeURIComponent(collectionId)}/${encodeURIComponent(featureId)}${pdf ? '.pdf' : ''}`

/** The sheet's title: the feature's one label (packages/shared featureLabel). */
export const sheetTitle = (content: SheetContent) =>
  featureLabel(content.collection.title.fr, content.featureId, content.properties)

function mapSection(content: SheetContent, title: string): string {
  const legend = MAP_LEGEND.map((entry) => `<li>${legendSwatch(entry.key)}${escapeHtml(entry.label)}</li>`)
  return section(
    'carte',
    'Situation',
    `<figure class="map">${mapExtractSvg(content.map, title)}<figcaption><ul class="legend">${legend.join('')}</ul></figcaption></figure>`,
  )
}

/** The sheet of one feature, as its caller may see it. */
export async function sheetPage(content: SheetContent, isPublic: boolean): Promise<string> {
  const title = sheetTitle(content)
  const { collection, featureId } = content
  const parts = [
    mapSection(content, title),
    attributesSection(collection, content.properties),
    protectionsSection(content.protections),
    content.siteAtRisk !== undefined ? siteAtRiskSection(content.siteAtRisk) : '',
    content.erbm ? erbmSection(content.erbm, content.properties.priorite_erbm) : '',
    content.assessments ? await assessmentsSection(content.assessments) : '',
    content.alerts ? alertsSection(content.alerts) : '',
    photosSection(content.photos),
    sourcesSection(collection, content.generatedAt, isPublic),
  ]
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fiche-bilan — ${escapeHtml(title)}</title>
<style>${SHEET_CSS}</style>
</head><body>
<nav class="actions" aria-label="Actions"><a href="/sheets">Toutes les fiches</a><a href="${escapeHtml(sheetPath(collection.id, featureId, true))}">Télécharger le PDF</a><a href="/collections/${escapeHtml(encodeURIComponent(collection.id))}/items/${escapeHtml(encodeURIComponent(featureId))}?f=html">Données de l’entité</a></nav>
<article class="sheet">
<header class="sheet-head"><p class="kicker">Fiche-bilan · Veille patrimoniale du Bassin minier</p>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(collection.title.fr)} · identifiant ${escapeHtml(featureId)}</p></header>
${parts.join('\n')}
</article></body></html>`
}
