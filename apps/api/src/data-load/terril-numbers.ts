/**
 * Turns a terril id of the MBM layers into its HBNPC number: "T074a" → "74A", "T001" → "1".
 * @throws when the value is not a terril id
 */
export function terrilNumber(sourceId: string): string {
  const match = /^T?0*(\d{1,3})([a-z]?)$/i.exec(sourceId.trim())
  if (!match?.[1]) throw new Error(`terril id must look like T074a, got "${sourceId}"`)
  return `${match[1]}${(match[2] ?? '').toUpperCase()}`
}

/**
 * Reads the terril numbers named in a parvis agricole's free-text "vue_sur" ("T010, T004", "T116-117").
 * A hyphen between two numbers names both terrils, as in the twin terrils "T116-117"; other landmarks
 * (chevalements, cités) are not terrils and are left to the text.
 * @example terrilsInView('T045, T042, Terrils 11/19') // ['45', '42']
 */
export function terrilsInView(text: string | null): string[] {
  if (!text) return []
  const numbers: string[] = []
  for (const match of text.matchAll(/T(\d{1,3}[a-z]?)(?:-(\d{1,3}[a-z]?))?/gi)) {
    for (const part of [match[1], match[2]]) {
      if (part) numbers.push(terrilNumber(part))
    }
  }
  return [...new Set(numbers)]
}
