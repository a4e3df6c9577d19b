// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField, type TextFieldProps } from './TextField';

afterEach(() => cleanup());

/** TextField's props but the value and its handler, kept apart for each form (one line, several). */
type FieldShape = TextFieldProps extends infer Props ? (Props extends unknown ? Omit<Props, 'value' | 'onChange'> : never) : never;

/** A field that keeps what is typed, as its forms do; `changes` records what onChange was given. */
function Controlled(props: FieldShape & { changes: string[]; initial?: string }) {
  const { changes, initial = '', ...rest } = props;
  const [value, setValue] = useState(initial);
  return (
    <TextField
      {...(rest as TextFieldProps)}
      value={value}
      onChange={(next) => {
        changes.push(next);
        setValue(next);
      }}
    />
  );
}

describe('a one-line text field', () => {
  it('is an input labelled by its label, with its id, its own direction and its hint', () => {
    const changes: string[] = [];
    render(
      <Controlled id="byline" label="اسم الكاتب" maxLength={200} placeholder="مثال" describedBy="byline-hint" changes={changes}>
        <p id="byline-hint">تلميح</p>
      </Controlled>,
    );
    const input = screen.getByLabelText('اسم الكاتب') as HTMLInputElement;
    expect(input.tagName).toBe('INPUT');
    expect(input.id).toBe('byline');
    expect(input.type).toBe('text');
    expect(input.getAttribute('dir')).toBe('rtl');
    expect(input.maxLength).toBe(200);
    expect(input.placeholder).toBe('مثال');
    expect(input.getAttribute('aria-describedby')).toBe('byline-hint');
    expect(input.parentElement?.className).toBe('field');
    expect(input.nextElementSibling?.id).toBe('byline-hint');
    fireEvent.change(input, { target: { value: 'فريق التحرير' } });
    expect(changes).toEqual(['فريق التحرير']);
    expect(input.value).toBe('فريق التحرير');
  });

  it('reads addresses and passwords left to right, dates and numbers in the page’s direction', () => {
    render(
      <>
        <Controlled id="site-url" label="عنوان" type="url" changes={[]} />
        <Controlled id="site-password" label="كلمة المرور" type="password" changes={[]} />
        <Controlled id="folder" label="المجلد" dir="ltr" changes={[]} />
        <Controlled id="dateline-date" label="التاريخ" type="date" className="field-narrow" changes={[]} />
        <Controlled id="days" label="الأيام" type="number" min={1} max={3650} changes={[]} />
      </>,
    );
    expect(screen.getByLabelText('عنوان').getAttribute('dir')).toBe('ltr');
    expect(screen.getByLabelText('كلمة المرور').getAttribute('dir')).toBe('ltr');
    expect(screen.getByLabelText('المجلد').getAttribute('dir')).toBe('ltr');
    expect(screen.getByLabelText('التاريخ').hasAttribute('dir')).toBe(false);
    expect(screen.getByLabelText('التاريخ').parentElement?.className).toBe('field field-narrow');
    const days = screen.getByLabelText('الأيام') as HTMLInputElement;
    expect(days.hasAttribute('dir')).toBe(false);
    expect([days.type, days.min, days.max]).toEqual(['number', '1', '3650']);
  });

  it('says when it is invalid or required, and offers a list of suggestions', () => {
    render(<Controlled id="section" label="القسم" list="section-options" isInvalid isRequired changes={[]} />);
    const input = screen.getByLabelText('القسم');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.hasAttribute('required')).toBe(true);
    expect(input.getAttribute('list')).toBe('section-options');
  });
});

describe('an inline text field', () => {
  it('sits in the row around it, its label for screen readers only when asked', () => {
    render(
      <form className="history-save">
        <Controlled id="revision-message" label="رسالة النسخة" isInline isLabelHidden placeholder="رسالة النسخة" changes={[]} />
        <Controlled id="library-search" label="بحث في المسودات" type="search" isInline changes={[]} />
      </form>,
    );
    const message = screen.getByLabelText('رسالة النسخة');
    expect(message.parentElement?.className).toBe('field-inline');
    expect(document.querySelector('label[for="revision-message"]')?.className).toBe('visually-hidden');
    const search = screen.getByRole('searchbox', { name: 'بحث في المسودات' });
    expect(search.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('label[for="library-search"]')?.className).toBe('field-label');
  });
});

describe('a multi-line text field', () => {
  it('is a textarea with its rows, in its own direction, keeping line breaks and Enter', () => {
    const changes: string[] = [];
    render(<Controlled id="standfirst" label="المقدمة" rows={3} inputClassName="standfirst-input" describedBy="guide" changes={changes} />);
    const textarea = screen.getByLabelText('المقدمة') as HTMLTextAreaElement;
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea.rows).toBe(3);
    expect(textarea.className).toBe('standfirst-input');
    expect(textarea.getAttribute('dir')).toBe('rtl');
    expect(textarea.getAttribute('aria-describedby')).toBe('guide');
    expect(fireEvent.keyDown(textarea, { key: 'Enter' })).toBe(true);
    fireEvent.change(textarea, { target: { value: 'سطر\nوسطر' } });
    expect(changes).toEqual(['سطر\nوسطر']);
  });

  it('holds one paragraph when asked: Enter moves to the next field, a pasted line break becomes a space', () => {
    const changes: string[] = [];
    render(
      <>
        <Controlled id="headline" label="العنوان الرئيسي" rows={2} enterMovesTo="standfirst" changes={changes} />
        <Controlled id="standfirst" label="المقدمة" rows={3} changes={[]} />
      </>,
    );
    const headline = screen.getByLabelText('العنوان الرئيسي');
    headline.focus();
    expect(fireEvent.keyDown(headline, { key: 'Enter' })).toBe(false);
    expect(document.activeElement?.id).toBe('standfirst');
    expect(fireEvent.keyDown(headline, { key: 'a' })).toBe(true);
    fireEvent.change(headline, { target: { value: 'موسكو\nتدعو\r\nالشيباني' } });
    expect(changes).toEqual(['موسكو تدعو الشيباني']);
    expect((headline as HTMLTextAreaElement).value).toBe('موسكو تدعو الشيباني');
  });
});
