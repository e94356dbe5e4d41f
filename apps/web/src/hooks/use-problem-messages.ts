import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { type ProblemMessages, problemMessages } from '../lib/problem-messages.ts'

/** Turns a failed request into messages in the shown language (see lib/problem-messages.ts). */
export function useProblemMessages(): (error: unknown) => ProblemMessages {
  const { t, i18n } = useTranslation()
  return useCallback(
    (error: unknown) =>
      problemMessages(error, {
        // The keys are built from the API's codes and field names, so they are not known statically.
        t: (key, values) => (i18n.t as unknown as (key: string, values?: object) => string)(key, values),
        exists: (key) => i18n.exists(key),
      }),
    // t changes with the language, and the messages with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n],
  )
}
