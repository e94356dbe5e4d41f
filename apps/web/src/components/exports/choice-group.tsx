interface ChoiceGroupProps<Value extends string> {
  legend: string
  name: string
  value: Value
  onChange: (value: Value) => void
  options: readonly { value: Value; label: string }[]
}

/** A set of radio buttons in a fieldset named by its legend: arrow keys move between them. */
export function ChoiceGroup<Value extends string>({
  legend,
  name,
  value,
  onChange,
  options,
}: ChoiceGroupProps<Value>) {
  return (
    <fieldset className="export-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
