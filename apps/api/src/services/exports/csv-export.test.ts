import type { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import type { ExportRow } from '../../db/feature-export-repo.ts'
import { csvStream } from './csv-export.ts'
import type { ExportProperty } from './french-labels.ts'

/** The bytes as text, BOM kept (TextDecoder would drop it). */
const text = async (stream: Readable) => (await buffer(stream)).toString('utf8')

// Synthetic rows (not real features): the CSV's two forms, cell by cell.
const PROPERTIES: ExportProperty[] = [
  { name: 'categorie', kind: 'string', title: { fr: 'Catégorie', en: 'Category' } },
  { name: 'hauteur_m', kind: 'number', unit: 'm', title: { fr: 'Hauteur', en: 'Height' } },
  { name: 'inscrit', kind: 'boolean', title: { fr: 'Inscrit', en: 'Listed' } },
  { name: 'communes', kind: 'string[]', title: { fr: 'Communes', en: 'Municipalities' } },
  {
    name: 'statut',
    kind: 'string',
    title: { fr: 'Statut', en: 'Status' },
    labels: { nouvelle: { fr: 'Nouvelle', en: 'New' } },
  },
]

async function* rows(): AsyncGenerator<ExportRow> {
  yield {
    id: 'S1',
    properties: {
      categorie: 'cite_miniere',
      hauteur_m: 12.5,
      inscrit: true,
      communes: ['A', 'B'],
      statut: 'nouvelle',
    },
    geometry: {
      wkt: 'POINT(2.5 50.4)',
      wkb: new Uint8Array(),
      type: 'POINT',
      envelope: [2.5, 2.5, 50.4, 50.4],
    },
  }
  yield {
    id: '=S2',
    properties: { categorie: null, hauteur_m: null, inscrit: false, communes: [], statut: null },
    geometry: null,
  }
}

describe('csvStream', () => {
  it('writes the French form: BOM, semicolons, French titles, labels, decimal commas, oui/non', async () => {
    const csv = await text(csvStream(PROPERTIES, rows(), 'fr'))
    expect(csv.split('\n')).toEqual([
      '\uFEFFIdentifiant;Catégorie;Hauteur (m);Inscrit;Communes;Statut;Géométrie (WKT)',
      'S1;Cité minière;12,5;oui;A | B;Nouvelle;POINT(2.5 50.4)',
      "'=S2;;;non;;;",
      '',
    ])
  })

  it('writes the international form: commas, no BOM, names and codes', async () => {
    const csv = await text(csvStream(PROPERTIES, rows(), 'international'))
    expect(csv.split('\n')[0]).toBe('id,categorie,hauteur_m,inscrit,communes,statut,wkt')
    expect(csv.split('\n')[1]).toBe('S1,cite_miniere,12.5,true,A | B,nouvelle,POINT(2.5 50.4)')
  })
})
