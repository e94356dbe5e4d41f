import type { ReactNode } from 'react'

/** The attributes that tie a control to its label, hint and error, for screen readers. */
export function controlProps(id: string, error?: string, hint?: boolean) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const
}

interface FormFieldProps {
  id: string
  label: ReactNode
  error?: string
  hint?: ReactNode
  /** The control, given `controlProps(id, error, Boolean(hint))`. */
  children: ReactNode
}

/** A labelled control with its hint and its error (in the user's language) right under it. */
export function FormField({ id, label, error, hint, children }: FormFieldProps) {
  return (
    <div className={`form-field${error ? ' form-field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="form-error">
          {error}
        </p>
      )}
    </div>
  )
}

/** The sentence that says why a request failed, read out as soon as it appears. */
export function FormAlert({ message }: { message?: string }) {
  if (!message) return null
  return (
    <p className="form-alert" role="alert">
      {message}
    </p>
  )
}
