import { DATA_ATTRIBUTION } from '@heritage-watch/shared'
import type { SheetIndexRow } from '../db/sheet-rows.ts'
import { escapeHtml } from './sheet-format.ts'
import { sheetPath } from './sheet-page.ts'
import { SHEET_CSS } from './sheet-style.ts'

// GET /sheets: the endangered sites first (the convention's "vigilance particulière"), then the ERBM cités,
// priority ones first; every other feature's sheet is reached from its record in the map.

const PRIORITY: Record<string, string> = {
  oui: 'prioritaire',
  non: 'non prioritaire',
  inconnue: 'priorité inconnue',
}

function list(rows: SheetIndexRow[]): string {
  return `<ul>${rows
    .map((row) => {
      const priority = row.priority ? ` — ${PRIORITY[row.priority] ?? row.priority}` : ''
      return `<li><a href="${escapeHtml(sheetPath(row.collection, row.id))}">${escapeHtml(row.label)}</a> (${escapeHtml(row.communes)}${escapeHtml(priority)}) · <a href="${escapeHtml(sheetPath(row.collection, row.id, true))}">PDF</a></li>`
    })
    .join('')}</ul>`
}

export function sheetIndexPage(rows: SheetIndexRow[]): string {
  const endangered = rows.filter((row) => row.collection === 'sites-en-danger')
  const cites = rows.filter((row) => row.collection === 'cites-erbm')
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fiches-bilan — heritage-watch</title><style>${SHEET_CSS}</style></head><body>
<article class="sheet"><header class="sheet-head"><p class="kicker">Veille patrimoniale du Bassin minier</p><h1>Fiches-bilan</h1>
<p class="subtitle">Une fiche imprimable (A4, ou PDF) pour chaque entité de la carte : lien « Fiche-bilan » de sa fiche.</p></header>
<section class="sheet-section"><h2>Sites miniers en danger (${endangered.length})</h2>${list(endangered)}</section>
<section class="sheet-section"><h2>Cités de l’ERBM (${cites.length})</h2>${list(cites)}</section>
<p class="note">${escapeHtml(DATA_ATTRIBUTION)}</p></article></body></html>`
}
