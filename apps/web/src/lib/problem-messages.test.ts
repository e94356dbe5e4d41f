import { describe, expect, it } from 'vitest'
import { problemMessages, type Translator } from './problem-messages.ts'

const TEXTS: Record<string, string> = {
  'problems.network': 'API injoignable',
  'problems.contract': 'Réponse inattendue',
  'problems.status.400': 'La demande contient des erreurs.',
  'problems.status.409': 'Conflit.',
  'problems.status.other': 'Erreur {{status}}.',
  'problems.withDetail': '{{summary}} Détail : {{detail}}',
  'problems.field': '{{field}} : {{message}}',
  'problems.codes.transition_illegal': 'Ce changement de statut n’est pas permis.',
  'problems.codes.photo_too_large': 'photo de plus de 10 Mo',
  'fields.photo': 'Photos',
  'fields.email': 'Courriel',
}

/** A translator over a small table that fills `{{name}}` placeholders, as i18next does. */
const translator: Translator = {
  exists: (key) => key in TEXTS,
  t: (key, values = {}) =>
    (TEXTS[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name])),
}

describe('problemMessages', () => {
  it('translates a known code', () => {
    const error = {
      reason: 'http',
      status: 409,
      problem: {
        type: '',
        title: '',
        status: 409,
        code: 'transition_illegal',
        detail: 'from nouvelle to resolue',
      },
    }
    expect(problemMessages(error, translator).summary).toBe('Ce changement de statut n’est pas permis.')
  })

  it('names each field by its label, with its translated code or the API reason', () => {
    const error = {
      reason: 'http',
      status: 400,
      problem: {
        type: '',
        title: '',
        status: 400,
        'invalid-params': [
          { name: 'photo[1]', reason: 'larger than 10 MB', code: 'photo_too_large' },
          { name: 'email', reason: 'must be an email address' },
          { name: 'features.0.id', reason: 'unknown' },
        ],
      },
    }
    const messages = problemMessages(error, translator)
    expect(messages.summary).toBe('La demande contient des erreurs.')
    expect(messages.fields).toEqual({
      photo: 'Photos : photo de plus de 10 Mo',
      email: 'Courriel : must be an email address',
      features: 'features.0.id : unknown',
    })
  })

  it('keeps the detail of a problem without code or fields', () => {
    const error = {
      reason: 'http',
      status: 409,
      problem: { type: '', title: '', status: 409, detail: 'email taken' },
    }
    expect(problemMessages(error, translator).summary).toBe('Conflit. Détail : email taken')
  })

  it('says when the API could not be reached or answered off contract', () => {
    expect(problemMessages({ reason: 'network' }, translator).summary).toBe('API injoignable')
    expect(problemMessages(new Error('boom'), translator).summary).toBe('Réponse inattendue')
    expect(problemMessages({ reason: 'http', status: 502 }, translator).summary).toBe('Erreur 502.')
  })
})

describe('problemMessages for a shed request', () => {
  const texts: Translator = {
    exists: () => true,
    t: (key, values = {}) =>
      key === 'problems.overloaded' ? `Surchargé, réessayez dans ${String(values.seconds)} s` : key,
  }

  it('says when to try again after a 503 with Retry-After, without the English detail', () => {
    const error = {
      reason: 'http',
      status: 503,
      retryAfterSeconds: 5,
      problem: { type: '', title: '', status: 503, detail: 'The server is at its limit of heavy requests' },
    }
    expect(problemMessages(error, texts).summary).toBe('Surchargé, réessayez dans 5 s')
  })

  it('keeps the status message for a 503 without Retry-After', () => {
    expect(problemMessages({ reason: 'http', status: 503 }, texts).summary).toBe('problems.status.503')
  })
})
