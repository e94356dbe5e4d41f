import { spawnSync } from 'node:child_process'
import { auditDecision } from './audit-decision.ts'

// `npm run audit:prod [-- --strict] [-- --registry URL]`: the CI step of issue 13 §9. npm audit is asked
// for the production dependencies and the decision is taken from its report (audit-decision.ts).
// When the registry does not answer the audit, the step warns loudly and passes, unless --strict: an
// outage of the advisory service must not block every merge, and the warning says that nothing was
// checked rather than "0 vulnerabilities".
const args = process.argv.slice(2)
const strict = args.includes('--strict')
const passThrough = args.filter((arg) => arg !== '--strict')
const run = spawnSync('npm', ['audit', '--omit=dev', '--json', ...passThrough], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
const decision = auditDecision(run.stdout ?? '')
if (decision.outcome === 'unanswered') {
  const banner = '!'.repeat(100)
  console.error(
    `${banner}\n${decision.message}\n${strict ? 'Failing (--strict).' : 'Continuing: see docs/architecture.md §35.'}\n${banner}`,
  )
  process.exit(strict ? 2 : 0)
}
console.log(decision.message)
process.exit(decision.outcome === 'fail' ? 1 : 0)
