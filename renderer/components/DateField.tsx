/**
 * A date typed day first, as an Arab desk writes it ("2/12/2026", in either set of digits), never
 * the browser's date input, which follows the system's locale (12/02/2026 in American order) and
 * sends typing into the year. Under the field, the date as the article will print it with the
 * desk's month names ("2 كانون الأول 2026"), so a slip shows at once; a text that is no date says
 * so and changes nothing stored. The value is YYYY-MM-DD, or '' for none.
 */
import { useEffect, useRef, useState } from 'react';
import { articleDate, parseTypedDate, typedDate, type DeskDateStyle } from '../../shared/text/deskDate';
import { useI18n } from '../i18n/I18nProvider';
import { TextField } from './TextField';

interface DateFieldProps {
  id: string;
  label: string;
  /** YYYY-MM-DD, or '' for no date. */
  value: string;
  onChange: (isoDate: string) => void;
  deskDate: DeskDateStyle;
  /** The language the date is printed in under the field (the article's); none for a date that is not printed. */
  printedIn?: 'ar' | 'en';
  className?: string;
  isLabelHidden?: boolean;
}

function today(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function DateField({ id, label, value, onChange, deskDate, printedIn, className, isLabelHidden }: DateFieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => typedDate(value, deskDate.digits));
  const [isInvalid, setIsInvalid] = useState(false);
  const isTyping = useRef(false);

  // A date set from elsewhere (a draft opened, a review applied) shows, unless the writer is typing.
  useEffect(() => {
    if (isTyping.current) return;
    setText(typedDate(value, deskDate.digits));
    setIsInvalid(false);
  }, [value, deskDate.digits]);

  const change = (next: string): void => {
    isTyping.current = true;
    setText(next);
    const parsed = parseTypedDate(next, { isShortYearAllowed: false });
    if (!parsed.isValid) return;
    setIsInvalid(false);
    if (parsed.isoDate !== value) onChange(parsed.isoDate);
  };
  const settle = (): void => {
    isTyping.current = false;
    const parsed = parseTypedDate(text);
    if (!parsed.isValid) {
      setIsInvalid(true);
      return;
    }
    setIsInvalid(false);
    setText(typedDate(parsed.isoDate, deskDate.digits));
    if (parsed.isoDate !== value) onChange(parsed.isoDate);
  };

  const hintId = `${id}-hint`;
  const printed = printedIn && !isInvalid ? articleDate(value, printedIn, deskDate) : '';
  return (
    <TextField
      id={id}
      label={label}
      value={text}
      maxLength={24}
      placeholder={t('date.placeholder')}
      className={className}
      isLabelHidden={isLabelHidden}
      isInvalid={isInvalid}
      describedBy={isInvalid || printed ? hintId : undefined}
      onChange={change}
      onBlur={settle}
    >
      {isInvalid ? (
        <p id={hintId} className="field-error" role="alert">
          {t('date.invalid')}
        </p>
      ) : (
        <div className="date-field-hint">
          {printed && (
            <span id={hintId} lang={printedIn} dir="auto">
              {printed}
            </span>
          )}
          {!value && printedIn && (
            <button type="button" className="link-button" onClick={() => onChange(today())}>
              {t('date.today')}
            </button>
          )}
        </div>
      )}
    </TextField>
  );
}
