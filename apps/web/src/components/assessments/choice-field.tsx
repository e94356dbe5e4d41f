import { useId } from 'react'

/** A labelled select among a fixed vocabulary. */
export function ChoiceField<Value extends string>({
  label,
  values,
  labelOf,
  value,
  onChange,
}: {
  label: string
  values: readonly Value[]
  labelOf: (value: Value) => string
  value: Value
  onChange: (value: Value) => void
}) {
  const id = useId()
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Value)}>
        {values.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </div>
  )
}
