/** What the CI step does with one run of `npm audit --omit=dev --json`. */
export interface AuditDecision {
  /** pass: no high or critical finding; fail: some; unanswered: the registry gave no audit at all. */
  outcome: 'pass' | 'fail' | 'unanswered'
  /** What the step prints, plainly. */
  message: string
}

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const
type Severity = (typeof SEVERITIES)[number]

interface AuditReport {
  vulnerabilities?: Record<string, { severity?: string; isDirect?: boolean; via?: unknown[] }>
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>> }
  message?: string
  statusCode?: number
}

function parse(stdout: string): AuditReport | undefined {
  try {
    const value: unknown = JSON.parse(stdout)
    return value && typeof value === 'object' ? (value as AuditReport) : undefined
  } catch {
    return undefined
  }
}

/** Titles of the advisories behind one package's finding (the `via` entries that are objects). */
function advisoryTitles(via: unknown[] | undefined): string[] {
  return (via ?? []).flatMap((entry) =>
    entry && typeof entry === 'object' && 'title' in entry
      ? [String((entry as { title: unknown }).title)]
      : [],
  )
}

/**
 * Decides from `npm audit --json`'s output alone, not its exit code: npm exits 1 both on findings and
 * when the registry did not answer, and only the report tells them apart. A report without its counts
 * (the registry down, refusing the bulk-advisory POST, a 5xx, no network) is "unanswered", never a pass.
 * @param stdout what `npm audit --omit=dev --json` printed
 */
export function auditDecision(stdout: string): AuditDecision {
  const report = parse(stdout)
  const counts = report?.metadata?.vulnerabilities
  if (!report || !counts || SEVERITIES.some((severity) => typeof counts[severity] !== 'number')) {
    const why = report?.message ?? (stdout.trim() ? 'output that is not an audit report' : 'no output')
    return {
      outcome: 'unanswered',
      message: `NO AUDIT: the registry did not answer the audit (${why}). The production dependencies were NOT checked for known vulnerabilities in this run.`,
    }
  }
  const summary = SEVERITIES.map((severity) => `${counts[severity]} ${severity}`).join(', ')
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, finding]) => finding.severity === 'high' || finding.severity === 'critical')
    .map(([name, finding]) => {
      const titles = advisoryTitles(finding.via)
      return `  ${finding.severity} ${name}${titles.length ? `: ${titles.join('; ')}` : ' (through a dependency)'}`
    })
  if ((counts.high ?? 0) + (counts.critical ?? 0) > 0)
    return {
      outcome: 'fail',
      message: `npm audit (production dependencies): ${summary}. High or critical findings:\n${serious.join('\n')}`,
    }
  return {
    outcome: 'pass',
    message: `npm audit (production dependencies): ${summary}; none high or critical.`,
  }
}
