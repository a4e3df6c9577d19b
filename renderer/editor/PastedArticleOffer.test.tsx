// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalogue';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { PastedArticleOffer } from './PastedArticleOffer';

let rendered: RenderedWithApi | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  cleanup();
});

describe('the offer to build a pasted article', () => {
  it('says what it offers, and builds it or keeps the paste', () => {
    const choices: string[] = [];
    rendered = renderWithApi(<PastedArticleOffer onAccept={() => choices.push('accept')} onDismiss={() => choices.push('dismiss')} />);
    const offer = screen.getByRole('region', { name: translate('ar', 'import.title') });
    expect(offer.textContent).toContain(translate('ar', 'import.pasteOffer'));
    fireEvent.click(screen.getByRole('button', { name: translate('ar', 'import.pasteAccept') }));
    fireEvent.click(screen.getByRole('button', { name: translate('ar', 'import.pasteDismiss') }));
    expect(choices).toEqual(['accept', 'dismiss']);
  });
});
