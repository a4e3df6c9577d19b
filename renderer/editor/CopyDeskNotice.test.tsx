// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalogue';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { CopyDeskNotice } from './CopyDeskNotice';

let rendered: RenderedWithApi | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  cleanup();
});

const status = (key: 'status.copyEdited' | 'status.approved' | 'status.submitted'): string => translate('ar', key);

describe('the copy desk notice', () => {
  it('warns a writer before editing passed text, then says where the edit sent it', () => {
    rendered = renderWithApi(<CopyDeskNotice openedWith="approved" status="approved" role="writer" />);
    expect(screen.getByRole('status').textContent).toBe(
      translate('ar', 'copyDesk.editSendsBack', { status: status('status.approved'), next: status('status.submitted') }),
    );
    cleanup();
    rendered.dispose();
    rendered = renderWithApi(<CopyDeskNotice openedWith="copyEdited" status="submitted" role="writer" />);
    expect(screen.getByRole('status').textContent).toBe(translate('ar', 'copyDesk.sentBack', { status: status('status.submitted') }));
  });

  it('says nothing to the copy desk, for text not yet passed, or once the draft moved some other way', () => {
    for (const [openedWith, now, role] of [
      ['copyEdited', 'copyEdited', 'copyEditor'],
      ['copyEdited', 'copyEdited', 'editor'],
      ['inCopyEdit', 'inCopyEdit', 'writer'],
      ['approved', 'published', 'writer'],
    ] as const) {
      rendered = renderWithApi(<CopyDeskNotice openedWith={openedWith} status={now} role={role} />);
      expect(screen.queryByRole('status'), `${openedWith} → ${now} (${role})`).toBeNull();
      rendered.dispose();
      rendered = undefined;
      cleanup();
    }
  });
});
