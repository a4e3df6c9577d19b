/** A labelled choice among options, with the same markup as TextField: the label above, associated by id. */
interface SelectFieldProps<Value extends string> {
  id: string;
  label: string;
  value: Value;
  options: ReadonlyArray<{ value: Value; label: string }>;
  onChange: (value: Value) => void;
}

export function SelectField<Value extends string>({ id, label, value, options, onChange }: SelectFieldProps<Value>) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
