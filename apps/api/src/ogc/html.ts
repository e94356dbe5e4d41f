import { DATA_ATTRIBUTION, DATA_LICENCE, type Link } from '@heritage-watch/shared'

// Plain, readable HTML pages for every resource (conformance class "html"); no script, no framework.

const escapeHtml = (value: unknown) =>
  String(value).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

function linkList(links: Link[]): string {
  return `<ul>${links
    .map(
      (link) =>
        `<li><a href="${escapeHtml(link.href)}" rel="${escapeHtml(link.rel)}">${escapeHtml(link.title ?? link.href)}</a> <small>(${escapeHtml(link.rel)}${link.type ? `, ${escapeHtml(link.type)}` : ''})</small></li>`,
    )
    .join('')}</ul>`
}

function value(content: unknown): string {
  if (content === null || content === undefined) return '<em>—</em>'
  if (Array.isArray(content)) return escapeHtml(content.join(', '))
  if (typeof content === 'string' && /^https?:\/\//.test(content))
    return `<a href="${escapeHtml(content)}">${escapeHtml(content)}</a>`
  if (typeof content === 'object') return `<code>${escapeHtml(JSON.stringify(content))}</code>`
  return escapeHtml(content)
}

/** A table of label → value rows. */
export function definitionTable(rows: [string, unknown][]): string {
  return `<table><tbody>${rows.map(([label, content]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${value(content)}</td></tr>`).join('')}</tbody></table>`
}

/** A table with a header row and one row per record. */
export function recordTable(headers: string[], rows: unknown[][]): string {
  return `<table><thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => (index === 0 && typeof cell === 'string' && cell.startsWith('<a ') ? `<td>${cell}</td>` : `<td>${value(cell)}</td>`)).join('')}</tr>`,
    )
    .join('')}</tbody></table>`
}

export function anchor(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`
}

/** A whole page, in French, with the links of the resource and the data attribution. */
export function htmlPage(title: string, body: string, links: Link[] = []): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — heritage-watch</title>
<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:0 auto;padding:1rem;line-height:1.45}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}a{color:#0645ad}a:focus{outline:3px solid #f90}footer{margin-top:2rem;font-size:.9rem;color:#444}</style>
</head><body>
<header><nav aria-label="Fil d’Ariane"><a href="/">Accueil</a> · <a href="/collections">Collections</a> · <a href="/app/">Carte</a></nav></header>
<main><h1>${escapeHtml(title)}</h1>${body}${links.length ? `<h2>Liens</h2>${linkList(links)}` : ''}</main>
<footer>${escapeHtml(DATA_ATTRIBUTION)} — <a href="${escapeHtml(DATA_LICENCE.url)}">${escapeHtml(DATA_LICENCE.name)}</a></footer>
</body></html>`
}

export { escapeHtml }
