import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditDecision } from './audit-decision.ts'

/** Real outputs of `npm audit --omit=dev --json` on this repository (see audit-fixtures/README.md). */
const canned = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'audit-fixtures', `${name}.json`), 'utf8')

describe('auditDecision', () => {
  it('passes a report without findings, saying the counts', () => {
    const decision = auditDecision(canned('clean'))
    expect(decision.outcome).toBe('pass')
    expect(decision.message).toContain('0 high, 0 critical')
  })

  it('passes moderate findings only', () => {
    expect(auditDecision(canned('moderate')).outcome).toBe('pass')
  })

  it('fails on high findings and names the packages and advisories', () => {
    const decision = auditDecision(canned('high'))
    expect(decision.outcome).toBe('fail')
    expect(decision.message).toContain('high fastify: Synthetic advisory')
    expect(decision.message).toContain('high @fastify/sse (through a dependency)')
    expect(decision.message).not.toContain('pg-pool')
  })

  it('fails on a critical finding alone', () => {
    const report = JSON.parse(canned('high')) as { metadata: { vulnerabilities: Record<string, number> } }
    report.metadata.vulnerabilities = { info: 0, low: 0, moderate: 0, high: 0, critical: 1, total: 1 }
    expect(auditDecision(JSON.stringify(report)).outcome).toBe('fail')
  })

  it('never reads an unanswered audit as "0 vulnerabilities": refused, 5xx, unreachable, empty, garbage', () => {
    for (const name of ['registry-405', 'registry-500', 'registry-unreachable']) {
      const decision = auditDecision(canned(name))
      expect(decision.outcome, name).toBe('unanswered')
      expect(decision.message).toMatch(/NOT checked/)
      expect(decision.message).not.toMatch(/0 vulnerabilities/)
    }
    expect(auditDecision(canned('registry-500')).message).toContain('500 Internal Server Error')
    expect(auditDecision('').outcome).toBe('unanswered')
    expect(auditDecision('npm error audit endpoint returned an error').outcome).toBe('unanswered')
    expect(auditDecision('{"metadata":{"vulnerabilities":{"high":0}}}').outcome).toBe('unanswered')
  })
})
