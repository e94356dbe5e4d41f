import { IndicatorAreasSchema, IndicatorsSchema, type Indicators } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { insertIndicatorsFixture, LEWARDE_SQUARE } from './indicator-fixtures.ts'

// GET /indicators on the synthetic fixture of indicator-fixtures.ts; every expected number is counted by
// hand from that file (A1–A6 alerts, S1–S7 constats, cités 208 and 241).

const server = useTestApp()
const accounts = useAccounts(server)
let officer: Session
let partner: Session

const YEAR_2001 = 'from=2001-01-01&to=2001-12-31'
const counts = (figures: { key: string; count: number | null }[]) =>
  Object.fromEntries(figures.map((figure) => [figure.key, figure.count]))

async function indicators(query: string, session?: Session): Promise<Indicators> {
  const response = await server.app.inject({ url: `/indicators?${query}`, headers: session?.headers })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['cache-control']).toBe('private, no-store')
  return IndicatorsSchema.parse(response.json())
}

beforeAll(async () => {
  officer = await accounts.session('officer')
  partner = await accounts.session('partner')
  await insertIndicatorsFixture(server.pool, {
    reporter: { id: partner.user.id, organisationId: partner.user.organisation?.id ?? null },
    officer: { id: officer.user.id },
  })
})

describe('GET /indicators for an account', () => {
  it('counts the alerts of the basin in 2001 by status, severity, category, month and zone', async () => {
    const { alerts, detail, area } = await indicators(YEAR_2001, partner)
    expect(detail).toBe(true)
    expect(area).toEqual({ kind: 'bassin', code: null, label: 'Bassin minier du Nord-Pas-de-Calais' })
    expect(alerts.total.count).toBe(5)
    expect(counts(alerts.byStatus)).toEqual({
      nouvelle: 1,
      prise_en_compte: 0,
      en_cours: 1,
      resolue: 2,
      rejetee: 1,
    })
    expect(counts(alerts.bySeverity)).toEqual({ low: 1, medium: 2, high: 1, critical: 1 })
    expect(counts(alerts.byCategory)).toMatchObject({
      demolition: 1,
      travaux_non_conformes: 1,
      projet_construction: 2,
      erosion: 1,
      degradation: 0,
    })
    expect(alerts.byMonth.map((month) => month.key)).toHaveLength(12)
    expect(counts(alerts.byMonth)).toMatchObject({ '2001-02': 0, '2001-03': 2, '2001-04': 2, '2001-05': 1 })
    expect(counts(alerts.byZone)).toEqual({ bien: 1, zone_tampon: 4, hors: 0 })
  })

  it('measures the first response and the resolution in hours (median, 90th percentile)', async () => {
    const { alerts } = await indicators(YEAR_2001, officer)
    // Responses after 2, 6, 12 (the reporter's comment at 1 h is none) and 3 hours; resolutions 50 and 24.
    expect(alerts.firstResponse).toEqual({ count: 4, medianHours: 4.5, p90Hours: 10.2, hidden: false })
    expect(alerts.resolution).toEqual({ count: 2, medianHours: 37, p90Hours: 47.4, hidden: false })
  })

  it('counts the constats and the features by their latest condition, trend and priority', async () => {
    const { assessments, sitesAtRisk } = await indicators(YEAR_2001, officer)
    expect(assessments.total.count).toBe(4)
    expect(counts(assessments.byZone)).toEqual({ bien: 2, zone_tampon: 2, hors: 0 })
    expect(assessments.features.count).toBe(4)
    expect(counts(assessments.byCondition)).toEqual({ bon: 1, moyen: 1, mauvais: 1, tres_mauvais: 1 })
    expect(counts(assessments.byTrend)).toEqual({ amelioration: 1, stable: 1, degradation: 1, inconnue: 1 })
    expect(counts(assessments.byPriority)).toEqual({ A: 1, B: 1, C: 0, D: 0, E: 1, F: 1 })
    expect(sitesAtRisk).toHaveLength(11)
    expect(sitesAtRisk.find((site) => site.id === '91A')).toEqual({
      id: '91A',
      name: 'Fosse n°7 (salle des pendus)',
      commune: 'Barlin',
      condition: 'tres_mauvais',
      origin: 'source',
      visitedOn: '2000-06-01',
      hidden: false,
    })
  })

  it('gives the ERBM cités by phase at the end of the period and the mean bilan scores', async () => {
    const { erbm } = await indicators(YEAR_2001, officer)
    expect(erbm.cites.count).toBe(59)
    expect(counts(erbm.byPhase)).toEqual({
      etudes: 0,
      moe_logements: 1,
      moe_espaces_publics: 0,
      travaux: 1,
      livree: 0,
      non_suivie: 57,
    })
    expect(erbm.evaluations.count).toBe(2)
    expect(erbm.meanScores).toEqual([
      { key: 'habitabilite', mean: 2 },
      { key: 'facades', mean: 2 },
      { key: 'abords', mean: 3 },
      { key: 'patrimoine', mean: 2 },
    ])
  })

  it('gives the development pressure in the buffer zone by commune', async () => {
    const { pressure } = await indicators(YEAR_2001, officer)
    expect(pressure).toEqual([{ key: '62498', label: 'Lens', count: 3, hidden: false }])
  })

  it('narrows everything to a commune (Lens), and widens with the period', async () => {
    const lens = await indicators(`area=commune:62498&${YEAR_2001}`, officer)
    expect(lens.area).toEqual({ kind: 'commune', code: '62498', label: 'Lens' })
    expect(lens.alerts.total.count).toBe(3)
    expect(counts(lens.alerts.byStatus)).toMatchObject({ nouvelle: 1, en_cours: 1, resolue: 1, rejetee: 0 })
    expect(lens.assessments.total.count).toBe(3)
    expect(counts(lens.assessments.byZone)).toEqual({ bien: 2, zone_tampon: 1, hors: 0 })
    expect(counts(lens.assessments.byCondition)).toEqual({ bon: 1, moyen: 1, mauvais: 0, tres_mauvais: 0 })
    expect(counts(lens.erbm.byPhase)).toMatchObject({ moe_logements: 1, travaux: 1, non_suivie: 1 })
    expect(lens.sitesAtRisk).toEqual([])

    const twoYears = await indicators('area=commune:62498&from=2001-01-01&to=2002-12-31', officer)
    expect(twoYears.alerts.total.count).toBe(4)
    expect(twoYears.alerts.byMonth).toHaveLength(24)
    expect(twoYears.assessments.total.count).toBe(4)
    expect(counts(twoYears.assessments.byCondition)).toEqual({
      bon: 0,
      moyen: 1,
      mauvais: 0,
      tres_mauvais: 1,
    })
    expect(counts(twoYears.erbm.byPhase)).toMatchObject({ moe_logements: 1, travaux: 0, livree: 1 })
  })

  it('narrows to an EPCI and to a drawn polygon', async () => {
    const epci = await indicators(`area=epci:246200364&${YEAR_2001}`, officer)
    expect(epci.alerts.total.count).toBe(4)
    const polygon = encodeURIComponent(JSON.stringify(LEWARDE_SQUARE))
    const drawn = await indicators(`polygon=${polygon}&${YEAR_2001}`, officer)
    expect(drawn.area.kind).toBe('polygone')
    expect(drawn.alerts.total.count).toBe(1)
    expect(counts(drawn.alerts.byZone)).toEqual({ bien: 1, zone_tampon: 0, hors: 0 })
    expect(counts(drawn.alerts.byCategory)).toMatchObject({ demolition: 1 })
    expect(drawn.assessments.total.count).toBe(0)
    expect(drawn.pressure).toEqual([])
  })

  it('serves one figure per CSV row', async () => {
    const response = await server.app.inject({
      url: `/indicators?${YEAR_2001}&f=csv`,
      headers: officer.headers,
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/csv/)
    expect(response.headers['content-disposition']).toContain('indicateurs-bassin.csv')
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toBe('section,key,label,value,hidden')
    expect(lines).toContain('alerts.total,total,total,5,')
    expect(lines).toContain('alerts.status,resolue,Résolue,2,')
    expect(lines).toContain('alerts.first_response,median_hours,median_hours,4.5,')
    expect(lines).toContain('pressure.commune,62498,Lens,3,')
  })
})

describe('GET /indicators for an anonymous visitor', () => {
  it('withholds every count below 3, and one more when the hidden ones could be deduced', async () => {
    const { alerts, assessments, detail } = await indicators(YEAR_2001)
    expect(detail).toBe(false)
    expect(alerts.total).toEqual({ key: 'total', count: 5, hidden: false })
    expect(alerts.byStatus.every((figure) => figure.hidden && figure.count === null)).toBe(true)
    // bien 1 and hors 0 hidden would leave zone_tampon = 5 - 4 telling the hidden 1: it goes too.
    expect(counts(alerts.byZone)).toEqual({ bien: null, zone_tampon: null, hors: null })
    expect(alerts.firstResponse).toEqual({ count: 4, medianHours: 4.5, p90Hours: 10.2, hidden: false })
    expect(alerts.resolution).toEqual({ count: null, medianHours: null, p90Hours: null, hidden: true })
    expect(assessments.total.count).toBe(4)
    expect(counts(assessments.byCondition)).toEqual({
      bon: null,
      moyen: null,
      mauvais: null,
      tres_mauvais: null,
    })
  })

  it('shows what sources say of an endangered site, no ERBM mean over fewer than 3 visits', async () => {
    const { sitesAtRisk, erbm, pressure } = await indicators(YEAR_2001)
    expect(sitesAtRisk.find((site) => site.id === '91A')?.condition).toBe('tres_mauvais')
    expect(erbm.evaluations).toEqual({ key: 'total', count: null, hidden: true })
    expect(erbm.meanScores.every((score) => score.mean === null)).toBe(true)
    expect(pressure).toEqual([{ key: '62498', label: 'Lens', count: 3, hidden: false }])
  })

  it('marks withheld figures "< 3" in the CSV', async () => {
    const response = await server.app.inject({ url: `/indicators?area=commune:62498&${YEAR_2001}&f=csv` })
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines).toContain('alerts.total,total,total,3,')
    expect(lines).toContain('alerts.status,nouvelle,Nouvelle,,< 3')
  })
})

describe('GET /indicators refuses bad input, naming the field', () => {
  const refused = async (query: string, field: string) => {
    const response = await server.app.inject({ url: `/indicators?${query}` })
    const problem = expectProblem(response, 400)
    expect(problem['invalid-params']?.map((param) => param.name)).toContain(field)
  }
  const polygon = (coordinates: number[][][]) =>
    `polygon=${encodeURIComponent(JSON.stringify({ type: 'Polygon', coordinates }))}`

  it('refuses bad dates and a period that ends before it starts', async () => {
    await refused('from=2001-13-01', 'from')
    await refused('to=yesterday', 'to')
    await refused('from=2001-05-01&to=2001-04-30', 'to')
  })

  it('refuses unknown areas and unknown codes', async () => {
    await refused('area=departement:62', 'area')
    await refused('area=commune:75056', 'area')
    await refused('area=polygone', 'polygon')
  })

  it('refuses a polygon that is not JSON, not closed, self-crossing, outside the basin or too big', async () => {
    await refused('polygon=%7Bnot%20json', 'polygon')
    await refused(
      polygon([
        [
          [3.1, 50.3],
          [3.2, 50.3],
          [3.2, 50.4],
        ],
      ]),
      'polygon',
    )
    await refused(
      polygon([
        [
          [3.1, 50.3],
          [3.2, 50.4],
          [3.2, 50.3],
          [3.1, 50.4],
          [3.1, 50.3],
        ],
      ]),
      'polygon',
    )
    await refused(
      polygon([
        [
          [2.3, 48.8],
          [2.4, 48.8],
          [2.4, 48.9],
          [2.3, 48.8],
        ],
      ]),
      'polygon',
    )
    const ring = Array.from({ length: 600 }, (_, index) => [3.1 + index * 1e-5, 50.3 + (index % 2) * 1e-5])
    await refused(polygon([[...ring, ring[0]!]]), 'polygon')
  })
})

describe('GET /indicators/areas', () => {
  it('lists the communes and EPCIs of the basin by name, for everyone', async () => {
    const response = await server.app.inject({ url: '/indicators/areas' })
    expect(response.statusCode).toBe(200)
    const { communes, epcis } = IndicatorAreasSchema.parse(response.json())
    expect(communes).toHaveLength(330)
    expect(communes).toContainEqual({ code: '62498', name: 'Lens' })
    expect(epcis.map((epci) => epci.code)).toContain('246200364')
  })
})
