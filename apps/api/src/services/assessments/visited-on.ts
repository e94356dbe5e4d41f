import { ValidationError } from '../../errors.ts'
import { ASSESSMENT_MESSAGES } from './messages.ts'

/** Today in France, where the watch is kept: a visit dated tomorrow there is a mistake. */
const todayInFrance = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())

/** @throws ValidationError naming `visitedOn` for a visit after today */
export function checkVisitedOn(visitedOn: string): void {
  if (visitedOn > todayInFrance()) {
    throw new ValidationError([{ name: 'visitedOn', reason: ASSESSMENT_MESSAGES.visitedInFuture }])
  }
}
