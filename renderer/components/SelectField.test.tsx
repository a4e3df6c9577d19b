// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SelectField } from './SelectField';

afterEach(() => cleanup());

describe('a choice field', () => {
  it('is a select labelled by its label, with its options, reporting the value chosen', () => {
    const chosen: string[] = [];
    render(
      <SelectField
        id="publish-status"
        label="الحالة على الموقع"
        value="draft"
        options={[
          { value: 'draft', label: 'مسودة' },
          { value: 'publish', label: 'منشور' },
        ]}
        onChange={(value) => chosen.push(value)}
      />,
    );
    const select = screen.getByLabelText('الحالة على الموقع') as HTMLSelectElement;
    expect(select.id).toBe('publish-status');
    expect(select.value).toBe('draft');
    expect([...select.options].map((option) => option.textContent)).toEqual(['مسودة', 'منشور']);
    expect(select.parentElement?.className).toBe('field');
    fireEvent.change(select, { target: { value: 'publish' } });
    expect(chosen).toEqual(['publish']);
  });
});
