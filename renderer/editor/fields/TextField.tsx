/** A one-line text field of the article: its label above it, its text in its own direction. */
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
  children?: ReactNode;
}

export function TextField({ id, label, value, onChange, placeholder, maxLength, list, children }: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input id={id} type="text" dir="auto" list={list} value={value} maxLength={maxLength} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
      {children}
    </div>
  );
}
