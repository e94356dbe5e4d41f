import { createHash } from 'node:crypto'
import { AlertSchema, AssessmentSchema, AssessmentSeriesSchema } from '@heritage-watch/shared'
import { multipartBody, pngImage, TERRIL_74A_ALERT } from '../routes/alerts/alert-fixtures.ts'
import { TERRIL_74A_ASSESSMENT } from '../routes/assessments/assessment-fixtures.ts'
import type { KeyedClient } from './keyed-client.ts'

// Synthetic writes of the fault suite (test data, labelled by their run tag): each alert, comment,
// status change and constat carries a text of its own, so that a duplicate shows as a text seen twice.

const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** What the API acknowledged: each must be present exactly once. */
export interface Acknowledged {
  alerts: Map<string, { title: string; photoSha256: string; comments: string[]; statuses: string[] }>
  assessments: Map<string, string>
}

export function emptyAcknowledged(): Acknowledged {
  return { alerts: new Map(), assessments: new Map() }
}

/** The desk list's largest page. */
const LIST_PAGE = 1000

const STATUS_STEPS = ['prise_en_compte', 'en_cours'] as const

/**
 * One client's writes until `stopped()`: an alert with a photo, then comments and status changes on
 * it, and every third round a constat. Each write is recorded once acknowledged.
 */
export async function writeUntilStopped(
  client: KeyedClient,
  tag: string,
  acknowledged: Acknowledged,
  stopped: () => boolean,
  paused: () => boolean = () => false,
) {
  for (let round = 0; !stopped(); round++) {
    // Held while the state is checked, so that each check reads a bounded number of alerts.
    while (paused() && !stopped()) await new Promise((resolve) => setTimeout(resolve, 50))
    const title = `${tag} alerte ${round}`
    const photo = pngImage(2 + (round % 30))
    const form = multipartBody({ ...TERRIL_74A_ALERT, title }, [
      { filename: `photo-${round}.png`, contentType: 'image/png', content: photo },
    ])
    const alert = AlertSchema.parse(
      await client.write('POST', '/alerts', { form: form.payload, contentType: form.contentType }),
    )
    const record = { title, photoSha256: sha256(photo), comments: [] as string[], statuses: [] as string[] }
    acknowledged.alerts.set(alert.id, record)
    for (const [step, status] of STATUS_STEPS.entries()) {
      const comment = `${tag} commentaire ${round}.${step}`
      await client.write('POST', `/alerts/${alert.id}/comments`, { json: { body: comment } })
      record.comments.push(comment)
      await client.write('POST', `/alerts/${alert.id}/status`, { json: { status } })
      record.statuses.push(status)
    }
    if (round % 3 === 0) {
      const note = `${tag} constat ${round}`
      const created = AssessmentSchema.parse(
        await client.write('POST', '/assessments', { json: { ...TERRIL_74A_ASSESSMENT, note } }),
      )
      acknowledged.assessments.set(created.id, note)
    }
  }
}

/** Texts seen more than once. */
function repeated(texts: string[]): string[] {
  const seen = new Set<string>()
  return texts.filter((text) => (seen.has(text) ? true : (seen.add(text), false)))
}

/**
 * Checks the stored state against what was acknowledged.
 * @param exact every write was acknowledged (the clients stopped): the counts must match too
 * @returns what is wrong, empty when all is well
 */
export async function verify(client: KeyedClient, tag: string, acknowledged: Acknowledged, exact: boolean) {
  const problems: string[] = []
  // Taken first: the clients keep writing while this reads, and only what was acknowledged before counts.
  const notes = [...acknowledged.assessments.values()]
  const alerts = [...acknowledged.alerts].map(([id, record]) => ({
    id,
    ...record,
    comments: [...record.comments],
    statuses: [...record.statuses],
  }))
  for (const expected of alerts) {
    const alert = AlertSchema.parse(await (await client.read(`/alerts/${expected.id}`)).json())
    const kinds = alert.events.map((event) => event.kind)
    if (kinds.filter((kind) => kind === 'created').length !== 1)
      problems.push(`${alert.id}: created ${kinds}`)
    const comments = alert.events.flatMap((event) => (event.kind === 'comment' ? [event.data.body] : []))
    const statuses: string[] = alert.events.flatMap((event) =>
      event.kind === 'status' ? [event.data.to] : [],
    )
    for (const text of [...repeated(comments), ...repeated(statuses)])
      problems.push(`${alert.id}: "${text}" twice`)
    for (const text of expected.comments)
      if (!comments.includes(text)) problems.push(`${alert.id}: comment lost`)
    for (const text of expected.statuses)
      if (!statuses.includes(text)) problems.push(`${alert.id}: status lost`)
    if (alert.photos.length !== 1 || alert.photos[0]!.sha256 !== expected.photoSha256) {
      problems.push(`${alert.id}: photos ${alert.photos.map((photo) => photo.sha256)}`)
    } else {
      const bytes = new Uint8Array(
        await (await client.read(new URL(alert.photos[0]!.href, 'http://api').pathname)).arrayBuffer(),
      )
      if (sha256(bytes) !== expected.photoSha256) problems.push(`${alert.id}: photo bytes differ`)
    }
  }
  const titles: string[] = []
  for (let offset = 0; ; offset += LIST_PAGE) {
    const page = await client.read(`/alerts?limit=${LIST_PAGE}&offset=${offset}`)
    const listed = ((await page.json()) as { alerts: { title: string }[] }).alerts
    titles.push(...listed.map((alert) => alert.title).filter((title) => title.startsWith(tag)))
    if (listed.length < LIST_PAGE) break
  }
  for (const title of repeated(titles)) problems.push(`alert "${title}" twice`)
  for (const { title } of alerts) if (!titles.includes(title)) problems.push(`alert "${title}" lost`)
  if (exact && titles.length !== alerts.length) problems.push(`${titles.length} alerts for ${alerts.length}`)

  const series = AssessmentSeriesSchema.parse(
    await (await client.read('/assessments?feature=terrils/74A')).json(),
  )
  const stored = series.assessments
    .map((assessment) => assessment.facts.note)
    .filter((note) => note.startsWith(tag))
  for (const note of repeated(stored)) problems.push(`constat "${note}" twice`)
  for (const note of notes) if (!stored.includes(note)) problems.push(`"${note}" lost`)
  if (exact && stored.length !== notes.length) problems.push(`${stored.length} constats for ${notes.length}`)
  return problems
}
