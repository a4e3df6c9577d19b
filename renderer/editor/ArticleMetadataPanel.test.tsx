// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalogue';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { ArticleMetadataPanel } from './ArticleMetadataPanel';
import type { ArticleFields } from './draftSession';

let rendered: RenderedWithApi | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  cleanup();
});

const ar = (key: Parameters<typeof translate>[1]): string => translate('ar', key);

function renderPanel(isSlugEdited = false) {
  const changes: Array<Partial<ArticleFields>> = [];
  rendered = renderWithApi(
    <ArticleMetadataPanel
      tags={['سوريا', 'روسيا']}
      slug={isSlugEdited ? 'رابط-خاص' : 'موسكو-تدعو'}
      isSlugEdited={isSlugEdited}
      headline="موسكو تدعو"
      seoDescription="وصف"
      onChange={(change) => changes.push(change)}
    />,
  );
  return changes;
}

describe('the article’s details', () => {
  it('show the tags, the slug and the description for search engines, under their heading', () => {
    renderPanel();
    expect(screen.getByRole('region', { name: ar('article.metadata') })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((chip) => chip.firstChild?.textContent)).toEqual(['سوريا', 'روسيا']);
    expect((screen.getByLabelText(ar('article.slug')) as HTMLInputElement).value).toBe('موسكو-تدعو');
    const description = screen.getByLabelText(ar('article.seoDescription')) as HTMLTextAreaElement;
    expect(description.id).toBe('seo-description');
    expect(description.value).toBe('وصف');
    expect(description.getAttribute('dir')).toBe('rtl');
    expect(description.getAttribute('aria-describedby')).toBe('seo-guide');
    expect(document.getElementById('seo-guide')?.textContent).toContain(translate('ar', 'guide.characters', { count: 3 }));
  });

  it('report changes as the fields they change', () => {
    const changes = renderPanel(true);
    fireEvent.change(screen.getByLabelText(ar('article.seoDescription')), { target: { value: 'وصف أطول' } });
    const tagsInput = screen.getByLabelText(ar('article.tags'), { selector: 'input' });
    fireEvent.change(tagsInput, { target: { value: 'تركيا،' } });
    fireEvent.click(screen.getByRole('button', { name: ar('article.slugFromHeadline') }));
    expect(changes).toEqual([
      { seoDescription: 'وصف أطول' },
      { tags: ['سوريا', 'روسيا', 'تركيا'] },
      { slug: 'موسكو-تدعو', isSlugEdited: false },
    ]);
  });
});
