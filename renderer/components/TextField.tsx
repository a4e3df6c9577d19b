/**
 * A labelled text field, the one markup every form uses: the label above, associated by id; the
 * field; then whatever goes under it (a hint, a length guide, a list of suggestions). An inline
 * field (in a toolbar's form, a search box) lays its label and field out in the row around it. One line is
 * an <input>; several (`rows`) a <textarea>. Text runs in its own direction, right to left while empty
 * (textDirectionOf),
 * addresses and passwords left to right, dates and numbers in the page's. A multi-line field can
 * hold one paragraph (the headline): Enter moves to the field `enterMovesTo`, and a line break
 * pasted into it becomes a space.
 */
import type { ReactNode } from 'react';
import { textDirectionOf, type TextDirection } from '../../shared/text/textDirection';

interface CommonProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The field lost focus (a typed value is settled then). */
  onBlur?: () => void;
  placeholder?: string;
  maxLength?: number;
  /** By default the text's own (right to left while empty), 'ltr' for addresses and passwords, the page's for dates and numbers. */
  dir?: 'rtl' | 'ltr';
  /** The id of a hint that describes the field (under it, among the children, or elsewhere). */
  describedBy?: string;
  isInvalid?: boolean;
  isRequired?: boolean;
  autoFocus?: boolean;
  /** The field's own class, for its look (the headline's, the standfirst's). */
  inputClassName?: string;
  /** A class added to the wrapper's `field` (say `field-narrow`). */
  className?: string;
  /** Lays the label and the field out in the surrounding row (a toolbar's form), as if there were no wrapper. */
  isInline?: boolean;
  /** The label is for screen readers only (the placeholder or the row says what the field is for). */
  isLabelHidden?: boolean;
  /** Shown under the field. */
  children?: ReactNode;
}

interface SingleLineProps extends CommonProps {
  rows?: undefined;
  /** 'text' by default. */
  type?: 'text' | 'search' | 'url' | 'password' | 'date' | 'datetime-local' | 'number';
  /** The id of a datalist of suggestions. */
  list?: string;
  autoComplete?: string;
  min?: number | string;
  max?: number | string;
  step?: number;
}

interface MultiLineProps extends CommonProps {
  rows: number;
  /** Makes the field one paragraph: Enter moves to the field with this id, and line breaks become spaces. */
  enterMovesTo?: string;
}

export type TextFieldProps = SingleLineProps | MultiLineProps;

function defaultDirection(type: SingleLineProps['type'], value: string): TextDirection | undefined {
  if (type === 'url' || type === 'password') return 'ltr';
  if (type === 'date' || type === 'datetime-local' || type === 'number') return undefined;
  return textDirectionOf(value);
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, placeholder, maxLength, describedBy, isInvalid, isRequired, autoFocus, inputClassName } = props;
  const shared = {
    id,
    className: inputClassName,
    value,
    maxLength,
    placeholder,
    required: isRequired,
    autoFocus,
    'aria-invalid': isInvalid,
    'aria-describedby': describedBy,
    onBlur: props.onBlur,
  };
  let field: ReactNode;
  if (props.rows === undefined) {
    const { type = 'text', list, autoComplete, min, max, step } = props;
    field = (
      <input
        {...shared}
        type={type}
        dir={props.dir ?? defaultDirection(type, value)}
        list={list}
        autoComplete={autoComplete}
        min={min}
        max={max}
        step={step}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  } else {
    const { rows, enterMovesTo } = props;
    field = (
      <textarea
        {...shared}
        dir={props.dir ?? textDirectionOf(value)}
        rows={rows}
        onChange={(event) => onChange(enterMovesTo === undefined ? event.target.value : event.target.value.replace(/\r?\n/g, ' '))}
        onKeyDown={
          enterMovesTo === undefined
            ? undefined
            : (event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                document.getElementById(enterMovesTo)?.focus();
              }
        }
      />
    );
  }
  // An inline field takes its look from the row it sits in, not from `.field`.
  const wrapperClass = [props.isInline ? 'field-inline' : 'field', props.className].filter(Boolean).join(' ');
  return (
    <div className={wrapperClass}>
      <label htmlFor={id} className={props.isLabelHidden ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {field}
      {props.children}
    </div>
  );
}
