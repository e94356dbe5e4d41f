import { DOMParser } from '@xmldom/xmldom'
import { Window } from 'happy-dom'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Session, useAccounts } from '../auth/accounts-fixtures.ts'
import { useTestApp } from '../helpers/test-app.ts'
import { TERRIL_74A_ALERT } from '../routes/alerts/alert-fixtures.ts'

// Issue 13 §6: a stored title with markup comes back as text from the pages the server renders itself.
// The OGC HTML pages show loaded data only (the alertes and constats collections answer JSON alone);
// the pages that carry what users write are the fiches-bilan (HTML, printed to PDF) and the Atom feed.
// Synthetic test alert on the real terril 74A.

const server = useTestApp()
const fixtures = useAccounts(server)
const TAG = `balises${Date.now().toString(36)}`
const TITLE = `${TAG} <img src=x onerror=alert(1)><script>alert(2)</script> & "guillemets"`
let officer: Session

beforeAll(async () => {
  const partner = await fixtures.session('partner')
  officer = await fixtures.session('officer')
  const answer = await server.app.inject({
    method: 'POST',
    url: '/alerts',
    headers: partner.headers,
    payload: { ...TERRIL_74A_ALERT, title: TITLE, description: `${TITLE} (données synthétiques)` },
  })
  expect(answer.statusCode, answer.body).toBe(201)
})

/**
 * What a browser makes of an HTML text: its visible text and the elements the markup would have made.
 * happy-dom parses without running scripts.
 */
function parsedHtml(html: string) {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true } })
  const document = new window.DOMParser().parseFromString(html, 'text/html')
  const made = [...document.querySelectorAll('img[src="x"], script')].filter(
    (element) => element.tagName !== 'SCRIPT' || element.textContent.includes('alert(2)'),
  )
  const text = document.body.textContent
  void window.happyDOM.close()
  return { text, made: made.length }
}

describe('a stored title with markup', () => {
  it('is text in the fiche-bilan of the feature it names', async () => {
    const answer = await server.app.inject({
      url: '/sheets/terrils/74A',
      headers: { cookie: officer.cookie },
    })
    expect(answer.statusCode).toBe(200)
    expect(answer.headers['content-type']).toMatch(/^text\/html/)
    const page = parsedHtml(answer.body)
    expect(page.text).toContain(TITLE)
    expect(page.made).toBe(0)
  })

  it('is text in the Atom feed, whose HTML titles and contents escape it', async () => {
    const answer = await server.app.inject({ url: '/alerts/feed.atom', headers: { cookie: officer.cookie } })
    expect(answer.statusCode).toBe(200)
    const feed = new DOMParser().parseFromString(answer.body, 'application/xml')
    const entry = Array.from(feed.getElementsByTagName('entry')).find((element) =>
      element.textContent?.includes(TAG),
    )
    expect(entry).toBeDefined()
    for (const name of ['title', 'content']) {
      const field = entry!.getElementsByTagName(name)[0]
      // type="html": a feed reader parses the text as HTML, so the markup must arrive escaped in it.
      expect(field?.getAttribute('type')).toBe('html')
      const shown = parsedHtml(field?.textContent ?? '')
      expect(shown.text).toContain(TITLE)
      expect(shown.made).toBe(0)
    }
  })
})
