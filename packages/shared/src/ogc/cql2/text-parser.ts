import {
  COMPARISON_OPERATORS,
  type ComparisonOperator,
  Cql2Error,
  type Operand,
  type Predicate,
  SPATIAL_FUNCTIONS,
  type SpatialFunction,
  TEMPORAL_FUNCTIONS,
  type TemporalFunction,
} from './ast.ts'
import { type Token, tokenize } from './lexer.ts'
import { GEOMETRY_KEYWORDS, readWkt, type TokenCursor } from './wkt.ts'

// A recursive-descent reader of cql2-text (OGC 21-065r2 BNF: booleanExpression → booleanTerm →
// booleanFactor → booleanPrimary), limited to what the server offers: no arithmetic, no array functions.

const RESERVED = new Set(['AND', 'OR', 'NOT', 'LIKE', 'ILIKE', 'BETWEEN', 'IN', 'IS', 'NULL'])

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the filter' : `"${token.text}"`
}

class TextParser implements TokenCursor {
  private index = 0
  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token
  }
  next(): Token {
    const token = this.peek()
    this.index = Math.min(this.index + 1, this.tokens.length - 1)
    return token
  }
  expect(text: string): Token {
    const token = this.next()
    if (token.kind === 'string' || token.kind === 'quoted' || token.text.toUpperCase() !== text)
      throw new Cql2Error(`expected "${text}", found ${describe(token)}`, token.position)
    return token
  }
  private isKeyword(text: string, offset = 0): boolean {
    const token = this.peek(offset)
    return token.kind === 'word' && token.text.toUpperCase() === text
  }

  parse(): Predicate {
    const predicate = this.orExpression()
    const rest = this.peek()
    if (rest.kind !== 'end') throw new Cql2Error(`unexpected ${describe(rest)}`, rest.position)
    return predicate
  }

  private orExpression(): Predicate {
    const args = [this.andExpression()]
    while (this.isKeyword('OR')) {
      this.next()
      args.push(this.andExpression())
    }
    return args.length === 1 ? (args[0] as Predicate) : { type: 'or', args }
  }

  private andExpression(): Predicate {
    const args = [this.factor()]
    while (this.isKeyword('AND')) {
      this.next()
      args.push(this.factor())
    }
    return args.length === 1 ? (args[0] as Predicate) : { type: 'and', args }
  }

  private factor(): Predicate {
    if (this.isKeyword('NOT')) {
      this.next()
      return { type: 'not', arg: this.factor() }
    }
    return this.primary()
  }

  private primary(): Predicate {
    const token = this.peek()
    if (token.text === '(' && token.kind === 'symbol') {
      this.next()
      const inner = this.orExpression()
      this.expect(')')
      return inner
    }
    if (token.kind === 'word' && this.peek(1).text === '(') {
      const name = token.text.toLowerCase()
      if ((SPATIAL_FUNCTIONS as readonly string[]).includes(name))
        return { type: 'spatial', op: name as SpatialFunction, ...this.pair() }
      if ((TEMPORAL_FUNCTIONS as readonly string[]).includes(name))
        return { type: 'temporal', op: name as TemporalFunction, ...this.pair() }
    }
    if ((this.isKeyword('TRUE') || this.isKeyword('FALSE')) && this.endsPredicate(1))
      return { type: 'literal', value: this.next().text.toUpperCase() === 'TRUE' }
    return this.predicate(this.operand())
  }

  /** Whether the token at offset closes a predicate (a boolean literal standing alone). */
  private endsPredicate(offset: number): boolean {
    const token = this.peek(offset)
    return token.kind === 'end' || token.text === ')' || ['AND', 'OR'].includes(token.text.toUpperCase())
  }

  private pair(): { left: Operand; right: Operand } {
    this.next()
    this.expect('(')
    const left = this.operand()
    this.expect(',')
    const right = this.operand()
    this.expect(')')
    return { left, right }
  }

  private predicate(value: Operand): Predicate {
    const token = this.peek()
    if (token.kind === 'symbol' && (COMPARISON_OPERATORS as readonly string[]).includes(token.text)) {
      this.next()
      return { type: 'comparison', op: token.text as ComparisonOperator, left: value, right: this.operand() }
    }
    const negated = this.isKeyword('NOT')
    if (negated) this.next()
    const keyword = this.peek()
    const wrap = (predicate: Predicate): Predicate => (negated ? { type: 'not', arg: predicate } : predicate)
    switch (keyword.kind === 'word' ? keyword.text.toUpperCase() : '') {
      case 'LIKE':
      case 'ILIKE':
        this.next()
        return wrap({
          type: 'like',
          value,
          pattern: this.operand(),
          caseInsensitive: keyword.text.toUpperCase() === 'ILIKE',
        })
      case 'BETWEEN': {
        this.next()
        const low = this.operand()
        this.expect('AND')
        return wrap({ type: 'between', value, low, high: this.operand() })
      }
      case 'IN': {
        this.next()
        this.expect('(')
        const list = [this.operand()]
        while (this.peek().text === ',') {
          this.next()
          list.push(this.operand())
        }
        this.expect(')')
        return wrap({ type: 'in', value, list })
      }
      case 'IS': {
        if (negated) break
        this.next()
        const not = this.isKeyword('NOT')
        if (not) this.next()
        this.expect('NULL')
        const isNull: Predicate = { type: 'isNull', value }
        return not ? { type: 'not', arg: isNull } : isNull
      }
    }
    throw new Cql2Error(
      `expected a comparison (=, <>, <, <=, >, >=), LIKE, BETWEEN, IN or IS NULL, found ${describe(keyword)}`,
      keyword.position,
    )
  }

  private text(): string {
    const token = this.next()
    if (token.kind !== 'string')
      throw new Cql2Error(`expected a quoted text, found ${describe(token)}`, token.position)
    return token.text
  }

  private call<T>(read: () => T): T {
    this.next()
    this.expect('(')
    const value = read()
    this.expect(')')
    return value
  }

  operand(): Operand {
    const token = this.peek()
    if (token.kind === 'string') return { type: 'string', value: this.next().text }
    if (token.kind === 'number') return { type: 'number', value: Number(this.next().text) }
    if (token.kind === 'quoted') return { type: 'property', name: this.next().text }
    if (token.kind !== 'word')
      throw new Cql2Error(`expected a value or a property, found ${describe(token)}`, token.position)
    const upper = token.text.toUpperCase()
    if (upper === 'TRUE' || upper === 'FALSE')
      return { type: 'boolean', value: this.next().text.toUpperCase() === 'TRUE' }
    const isCall =
      this.peek(1).text === '(' || (this.peek(1).text.toUpperCase() === 'Z' && this.peek(2).text === '(')
    if (isCall && (GEOMETRY_KEYWORDS as readonly string[]).includes(upper))
      return { type: 'geometry', geometry: readWkt(this) }
    if (isCall && (upper === 'DATE' || upper === 'TIMESTAMP')) {
      const value = this.call(() => this.text())
      return { type: 'instant', value, precision: upper === 'DATE' ? 'date' : 'timestamp' }
    }
    if (isCall && upper === 'INTERVAL') {
      const [start, end] = this.call(() => {
        const bound = () => {
          const bound = this.peek()
          if (bound.kind === 'word' && ['DATE', 'TIMESTAMP'].includes(bound.text.toUpperCase()))
            return (this.operand() as { value: string }).value
          return this.text()
        }
        const first = bound()
        this.expect(',')
        return [first, bound()]
      })
      return { type: 'interval', start: start === '..' ? null : start, end: end === '..' ? null : end }
    }
    if (isCall && upper === 'CASEI') return { type: 'casei', arg: this.call(() => this.operand()) }
    if (isCall) throw new Cql2Error(`unknown function "${token.text}"`, token.position)
    if (RESERVED.has(upper))
      throw new Cql2Error(`expected a value or a property, found ${describe(token)}`, token.position)
    return { type: 'property', name: this.next().text }
  }
}

/**
 * Reads a cql2-text filter into its expression tree.
 * @throws Cql2Error naming the position of the first problem
 * @example parseCql2Text("numero = '74A'") // { type: 'comparison', op: '=', … }
 */
export function parseCql2Text(input: string): Predicate {
  if (input.trim() === '') throw new Cql2Error('the filter is empty')
  return new TextParser(tokenize(input)).parse()
}
