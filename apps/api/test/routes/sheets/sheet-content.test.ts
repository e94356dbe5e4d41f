import { COLLECTIONS, DATA_LICENCE } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { fixtureAuthor, fixtureOrganisation, insertConstat, insertErbmFollowup } from './sheet-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)
let officer: Session

const terrils = COLLECTIONS.find((collection) => collection.id === 'terrils')!

beforeAll(async () => {
  officer = await accounts.session('officer')
})

const page = async (path: string, session?: Session) => {
  const response = await server.app.inject({ url: path, headers: session ? { cookie: session.cookie } : {} })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
  return response.body
}

describe('the sheet of terril 74A (public parts)', () => {
  let html: string
  beforeAll(async () => {
    html = await page('/sheets/terrils/74A')
  })

  it('is an A4 page in French with no script', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/)
    expect(html).toContain('@page { size: A4;')
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('identifiant 74A')
  })

  it('draws the map extract from PostGIS: the terril, the property and the buffer zone, a scale and the north', () => {
    const map =
      /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="map"[\s\S]*?<\/svg>\n<g class="scale"/.exec(
        html,
      )?.[0]
    expect(map).toBeDefined()
    // 74A lies in the buffer zone: its polygon and the feature's own outline are drawn.
    expect(map).toContain('stroke="#7b4fa0"')
    expect(map).toContain('stroke="#b00000"')
    expect(map).toMatch(/<path d="M \d+(\.\d)? -\d+/)
    expect(html).toMatch(/<g class="scale"[\s\S]*?<text[^>]*>\d+(,\d+)? k?m<\/text>/)
    expect(html).toContain('aria-label="Nord"')
  })

  it('lists the attributes by their catalogue labels, and the protections', () => {
    for (const property of terrils.properties) expect(html).toContain(property.title.fr)
    expect(html).toContain('Loos-en-Gohelle')
    expect(html).toContain('id="protections"')
    expect(html).toMatch(/Zone tampon|Site classé/)
  })

  it('names its sources and the Licence Ouverte, and when it was made', () => {
    for (const source of terrils.sources) expect(html).toContain(source.url)
    expect(html).toContain(DATA_LICENCE.name)
    expect(html).toMatch(/Fiche générée le \d{1,2} \S+ \d{4}/)
    expect(html).toContain('Version publique')
  })
})

describe('the sheet of an endangered site and of an ERBM cité', () => {
  it('shows the endangered site with its follow-up section and its element’s constats', async () => {
    const organisation = await fixtureOrganisation(server.pool)
    // A constat on the UNESCO element (63L) belongs on the endangered site's sheet too.
    const reference = await insertConstat(server.pool, {
      collection: 'bien-inscrit-elements',
      table: 'property_element',
      featureId: '63L',
      visitedOn: '2025-09-01',
      condition: 'mauvais',
      note: 'Toiture synthétique percée',
      authorId: await fixtureAuthor(server.pool, organisation),
      organisationId: organisation,
      photo: true,
    })
    const html = await page('/sheets/sites-en-danger/63L', officer)
    expect(html).toContain('Fosse n°12 de Lens')
    expect(html).toContain('Site minier en danger : suivi')
    expect(html).toContain(reference)
    expect(html).toContain('Toiture synthétique percée')
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Constat C-\d+/)
  })

  it('shows a cité’s ERBM follow-up, with stored text escaped', async () => {
    await insertErbmFollowup(server.pool, '704', await fixtureAuthor(server.pool, null))
    const html = await page('/sheets/cites-erbm/704', officer)
    expect(html).toContain('Suivi ERBM')
    expect(html).toContain('Priorité ERBM (liste officielle)')
    expect(html).toContain('Travaux')
    expect(html).toContain('Favorable avec réserves')
    expect(html).toContain('Avis synthétique &#60;b&#62;échappé&#60;/b&#62;')
    expect(html).not.toContain('<b>échappé</b>')
    expect(html).toContain('href="https://www.demarches-simplifiees.fr/dossiers/424242"')
    expect(html).toContain('Bilan qualitatif — visite du 20 mai 2025 (moyenne 3 / 4)')
    expect(html).toContain('aria-label="2 sur 4"')
  })
})

describe('GET /sheets', () => {
  it('lists the 11 endangered sites first, then the 59 ERBM cités', async () => {
    const html = await page('/sheets')
    const links = [...html.matchAll(/href="\/sheets\/([^/]+)\/[^".]+"/g)].map((match) => match[1])
    expect(links.filter((collection) => collection === 'sites-en-danger')).toHaveLength(11)
    expect(links.filter((collection) => collection === 'cites-erbm')).toHaveLength(59)
    expect(links.lastIndexOf('sites-en-danger')).toBeLessThan(links.indexOf('cites-erbm'))
  })
})
