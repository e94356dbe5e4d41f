// The fiches-bilan's one stylesheet: an A4 page in print (and in the PDF engine), the same sheet centred
// on screen. Inline in each page: the PDF engine is given the page without any network.

export const SHEET_CSS = `
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
html { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9pt; line-height: 1.35; color: #111; }
body { margin: 0; background: #e9e9e9; }
.sheet { background: #fff; max-width: 210mm; margin: 1rem auto; padding: 14mm; }
header.sheet-head { border-bottom: 2px solid #b00000; padding-bottom: 3mm; margin-bottom: 4mm; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 8pt; color: #b00000; margin: 0; }
h1 { font-size: 18pt; margin: 1mm 0; }
.subtitle { margin: 0; color: #333; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #bbb; break-after: avoid; }
h3 { font-size: 10pt; margin: 3mm 0 1.5mm; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0 0 2mm; }
th, td { border: 1px solid #c8c8c8; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
tr { break-inside: avoid; }
table.facts th { width: 38%; background: #f7f7f7; font-weight: normal; color: #333; }
table.compact { font-size: 8pt; }
table.compact td:first-child { white-space: nowrap; }
small, .note { color: #555; font-size: 8pt; }
a { color: #0645ad; overflow-wrap: anywhere; }
figure { margin: 0 0 2mm; break-inside: avoid; }
figure.map svg, figure.chart svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 8pt; color: #444; margin-top: 1mm; }
.legend { display: flex; flex-wrap: wrap; gap: 1mm 5mm; margin: 1.5mm 0 0; padding: 0; list-style: none; font-size: 8pt; }
.swatch { display: inline-block; width: 4mm; height: 3mm; border: 1px solid; vertical-align: -0.5mm; margin-right: 1.5mm; }
.severity-critical, .severity-high { font-weight: bold; color: #a00000; }
.score { display: inline-flex; gap: .6mm; vertical-align: -0.3mm; }
.score i { display: inline-block; width: 3mm; height: 2.4mm; border: 1px solid #2e7d32; }
.score i.on { background: #2e7d32; }
.photos { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; }
.photo img { display: block; width: 100%; max-height: 55mm; object-fit: contain; background: #f3f3f3; }
.sources { padding-left: 4mm; }
.generated { font-size: 8pt; color: #333; }
.actions { max-width: 210mm; margin: 1rem auto 0; display: flex; gap: 1rem; font-size: 10pt; }
@media print {
  body { background: #fff; }
  .sheet { margin: 0; padding: 0; max-width: none; }
  .actions { display: none; }
  a { color: inherit; text-decoration: none; }
}
`
