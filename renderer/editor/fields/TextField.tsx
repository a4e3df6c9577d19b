/** A one-line text field: its label above it, its text in its own direction (or the one given, for addresses and passwords). */
import type { ReactNode } from 'react';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength?: number;
  /** The id of a datalist of suggestions. */
  list?: string;
  /** 'text' by default. */
  type?: 'text' | 'url' | 'password';
  /** 'auto' by default; addresses and passwords read left to right. */
  dir?: 'auto' | 'ltr';
  autoComplete?: string;
  /** The id of a hint under the field that describes it. */
  describedBy?: string;
  children?: ReactNode;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  placeholder,
  maxLength,
  list,
  type = 'text',
  dir = 'auto',
  autoComplete,
  describedBy,
  children,
}: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type={type}
        dir={dir}
        list={list}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        autoComplete={autoComplete}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {children}
    </div>
  );
}
