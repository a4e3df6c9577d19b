/**
 * The site's copy of a post as an article, to compare with ours and to bring into the draft:
 * title → headline, excerpt → standfirst, content → body. The content is what WordPress stores,
 * which anyone on the site may have edited, so it goes through the same cleaning as a paste; the
 * related-articles list and the publish marker (both ours, added on the way out) are taken off.
 */
import { generateJSON } from '@tiptap/core';
import type { ArticleContent } from '../../shared/model/article';
import type { RichTextDocument } from '../../shared/model/richTextDocument';
import type { SiteCopy } from '../../shared/publishing/outboxItem';
import { bodyExtensions } from '../editor/bodyExtensions';
import { sanitisePastedHtml } from '../editor/pasteSanitiser';

export function siteCopyArticle(siteCopy: SiteCopy, ours: ArticleContent): ArticleContent {
  // An inert document: nothing in the site's HTML loads or runs while it is read.
  const document = window.document.implementation.createHTMLDocument('');
  document.body.innerHTML = siteCopy.content;
  for (const related of document.body.querySelectorAll('section.related-articles')) related.remove();
  // The quote's role is marked by a class, which cleaning drops: keep it as the attribute the quote reads.
  for (const figure of document.body.querySelectorAll('figure.quote, figure.pull-quote')) {
    const role = figure.querySelector('.quote-role')?.textContent?.trim();
    if (role) figure.setAttribute('data-role', role.replace(/^[،,\s–—-]+/, ''));
    figure.querySelector('.quote-role')?.remove();
  }
  const html = sanitisePastedHtml(document.body.innerHTML);
  const body = generateJSON(html || '<p></p>', bodyExtensions({ placeholder: '', onLinkRequest: () => undefined })) as RichTextDocument;
  return { ...ours, headline: decodeText(siteCopy.title), standfirst: decodeText(siteCopy.excerpt), body };
}

/** WordPress may keep entities in titles and excerpts (`&amp;`); the article holds plain text. */
function decodeText(text: string): string {
  const document = window.document.implementation.createHTMLDocument('');
  const area = document.createElement('textarea');
  area.innerHTML = text;
  return area.value.trim();
}
