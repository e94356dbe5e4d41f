import { Cql2Error } from './ast.ts'

// Tokens of cql2-text. Identifiers may hold ':' and '.' (CQL2 BNF), keywords are case-insensitive.

type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'symbol' | 'end'
export interface Token {
  kind: TokenKind
  text: string
  /** 1-based character position in the filter. */
  position: number
}

const SYMBOLS = ['<>', '<=', '>=', '=', '<', '>', '(', ')', ',']
const WORD_START = /[A-Za-z_\u00C0-\u024F]/
const WORD_PART = /[A-Za-z0-9_:.\u00C0-\u024F]/
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/

function quotedUntil(input: string, start: number, quote: string): { text: string; next: number } {
  let text = ''
  let index = start + 1
  for (;;) {
    if (index >= input.length)
      throw new Cql2Error(`unterminated ${quote === "'" ? 'string' : 'name'}`, start + 1)
    const char = input[index] as string
    if (char === quote) {
      // A doubled quote stands for one quote.
      if (input[index + 1] === quote) {
        text += quote
        index += 2
        continue
      }
      return { text, next: index + 1 }
    }
    text += char
    index += 1
  }
}

/** Splits a cql2-text filter into tokens, ending with an `end` token. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let index = 0
  while (index < input.length) {
    const char = input[index] as string
    const position = index + 1
    if (/\s/.test(char)) {
      index += 1
    } else if (char === "'" || char === '"') {
      const { text, next } = quotedUntil(input, index, char)
      tokens.push({ kind: char === "'" ? 'string' : 'quoted', text, position })
      index = next
    } else if (WORD_START.test(char)) {
      let end = index + 1
      while (end < input.length && WORD_PART.test(input[end] as string)) end += 1
      tokens.push({ kind: 'word', text: input.slice(index, end), position })
      index = end
    } else {
      // Without arithmetic (not offered) a sign always belongs to the number after it.
      const number = NUMBER.exec(input.slice(index))
      if (number) {
        tokens.push({ kind: 'number', text: number[0], position })
        index += number[0].length
        continue
      }
      const symbol = SYMBOLS.find((candidate) => input.startsWith(candidate, index))
      if (!symbol) throw new Cql2Error(`unexpected character "${char}"`, position)
      tokens.push({ kind: 'symbol', text: symbol, position })
      index += symbol.length
    }
  }
  tokens.push({ kind: 'end', text: '', position: input.length + 1 })
  return tokens
}
