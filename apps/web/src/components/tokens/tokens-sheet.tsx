import type { ApiToken, ApiTokenCreated } from '@heritage-watch/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAlertLabels } from '../../hooks/use-alert-labels.ts'
import { useCreateToken } from '../../hooks/use-create-token.ts'
import { useProblemMessages } from '../../hooks/use-problem-messages.ts'
import { useRevokeToken } from '../../hooks/use-revoke-token.ts'
import { useTokens } from '../../hooks/use-tokens.ts'
import { controlProps, FormAlert, FormField } from '../watch/form-field.tsx'
import { SheetFrame } from '../watch/sheet-frame.tsx'

/**
 * Personal API tokens, for scripts and GIS tools (QGIS with "Authorization: Bearer …"): create one and
 * see its secret this once, list them, revoke one.
 */
export function TokensSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const labels = useAlertLabels()
  const messagesOf = useProblemMessages()
  const list = useTokens()
  const createToken = useCreateToken()
  const revokeToken = useRevokeToken()
  const tokens = list.data
  const [name, setName] = useState('')
  const [created, setCreated] = useState<ApiTokenCreated>()
  const [errors, setErrors] = useState<{ summary: string; name?: string }>({ summary: '' })
  const summary = errors.summary || (list.isError ? messagesOf(list.error).summary : '')

  const create = (event: FormEvent) => {
    event.preventDefault()
    if (!name.trim()) {
      setErrors({ summary: '', name: t('reportErrors.required') })
      return
    }
    setErrors({ summary: '' })
    createToken.mutate(name.trim(), {
      onSuccess: (token) => {
        setCreated(token)
        setName('')
      },
      onError: (error) => {
        const messages = messagesOf(error)
        setErrors({ summary: messages.summary, name: messages.fields.name })
      },
    })
  }

  const revoke = (token: ApiToken) =>
    revokeToken.mutate(token.id, { onError: (error) => setErrors({ summary: messagesOf(error).summary }) })

  return (
    <SheetFrame id="tokens-sheet" title={t('watch.tokens')} onClose={onClose}>
      <p>{t('tokens.intro')}</p>
      <FormAlert message={summary} />
      {created && (
        <div className="token-secret" role="status">
          <p>{t('tokens.once', { name: created.name })}</p>
          <code>{created.token}</code>
        </div>
      )}
      <form className="inline-form" onSubmit={create} noValidate>
        <FormField id="token-name" label={t('tokens.name')} error={errors.name} hint={t('tokens.nameHint')}>
          <input
            {...controlProps('token-name', errors.name, true)}
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </FormField>
        <button type="submit" className="primary-button">
          {t('tokens.create')}
        </button>
      </form>
      {tokens && tokens.length === 0 && <p className="record-muted">{t('tokens.none')}</p>}
      {tokens && tokens.length > 0 && (
        <table className="watch-table">
          <caption>{t('tokens.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.created')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">{t('tokens.state')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{labels.dateTime(token.createdAt)}</td>
                <td>{token.lastUsedAt ? labels.dateTime(token.lastUsedAt) : t('tokens.never')}</td>
                <td>
                  {token.revokedAt ? (
                    t('tokens.revokedOn', { date: labels.dateTime(token.revokedAt) })
                  ) : (
                    <button type="button" onClick={() => revoke(token)}>
                      {t('tokens.revoke', { name: token.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </SheetFrame>
  )
}
