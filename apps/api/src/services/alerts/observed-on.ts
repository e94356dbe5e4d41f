import { ValidationError } from '../../errors.ts'
import { ALERT_MESSAGES } from './messages.ts'

/** Today in France, where the watch is kept: an observation dated tomorrow there is a mistake. */
const todayInFrance = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())

/**
 * Refuses an observation dated after today in France (creation and edits).
 * @throws ValidationError naming `observedOn`
 */
export function checkObservedOn(observedOn: string | undefined): void {
  if (observedOn && observedOn > todayInFrance()) {
    throw new ValidationError([{ name: 'observedOn', reason: ALERT_MESSAGES.observedInFuture }])
  }
}
