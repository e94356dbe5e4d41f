import { type CollectionDefinition, DATA_ATTRIBUTION, DATA_LICENCE } from '@heritage-watch/shared'
import type { SheetPhotoRow } from '../db/sheet-rows.ts'
import { escapeHtml, formatMoment, formatNumber, formatShortDate } from './sheet-format.ts'
import { section } from './sheet-sections.ts'

// The end of a fiche-bilan: photos (embedded, so that the printed page and the PDF need nothing else),
// sources with the Licence Ouverte's attribution, and when the sheet was made.

const ORIGINS: Record<SheetPhotoRow['origin'], string> = {
  constat: 'Constat',
  alerte: 'Alerte',
  bilan: 'Bilan ERBM, visite du',
}

export function photosSection(photos: SheetPhotoRow[]) {
  if (photos.length === 0) return ''
  const figures = photos.map((photo) => {
    const caption = `${ORIGINS[photo.origin]} ${photo.reference} — ${photo.filename}, ${formatShortDate(photo.createdAt)}`
    const image = photo.content
      ? `<img src="data:${escapeHtml(photo.mediaType)};base64,${photo.content.toString('base64')}" alt="${escapeHtml(caption)}">`
      : `<p class="note">Photo de ${escapeHtml(formatNumber(photo.byteSize / 1048576))} Mo, trop lourde pour la fiche : voir l’application.</p>`
    return `<figure class="photo">${image}<figcaption>${escapeHtml(caption)}</figcaption></figure>`
  })
  return section('photos', 'Photos', `<div class="photos">${figures.join('')}</div>`)
}

export function sourcesSection(collection: CollectionDefinition, generatedAt: Date, isPublic: boolean) {
  const sources = collection.sources
    .map(
      (source) =>
        `<li>${escapeHtml(source.producer)} — ${escapeHtml(source.dataset)} : <a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a></li>`,
    )
    .join('')
  const scope = isPublic
    ? 'Version publique : les alertes, les constats d’état et le suivi ERBM ne figurent que sur les fiches des comptes autorisés.'
    : 'Cette fiche ne montre que ce que le compte qui l’a demandée peut voir ; elle n’est pas à diffuser au-delà.'
  return section(
    'sources',
    'Sources et licence',
    `<ul class="sources">${sources}</ul>
<p>${escapeHtml(DATA_ATTRIBUTION)}. Licence : <a href="${escapeHtml(DATA_LICENCE.url)}">${escapeHtml(DATA_LICENCE.name)}</a>.</p>
<p>Carte : Lambert-93 (EPSG:2154), tracée depuis ces couches, sans fond de plan.</p>
<p class="generated">Fiche générée le ${escapeHtml(formatMoment(generatedAt))} (heure de Paris) par heritage-watch. ${escapeHtml(scope)}</p>`,
  )
}
