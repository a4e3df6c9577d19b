/**
 * Cleans HTML pasted from Word, Google Docs and web pages before the editor parses it: keeps
 * headings, paragraphs, lists, emphasis (including the inline styles Google Docs uses for it),
 * links and quotes; drops styles, classes, scripts, event handlers and everything else, with
 * DOMPurify doing the final whitelisting.
 */
import DOMPurify from 'dompurify';

const allowedTags = [
  'p',
  'br',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'a',
  'blockquote',
  'figure',
  'figcaption',
  'cite',
  'span',
  'div',
];
const allowedAttributes = ['href', 'dir', 'start', 'data-variant', 'data-type', 'data-speaker', 'data-role'];

function wrapChildren(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag);
  while (element.firstChild) wrapper.appendChild(element.firstChild);
  element.appendChild(wrapper);
}

function renameElement(element: Element, tag: string): void {
  const renamed = element.ownerDocument.createElement(tag);
  for (const attribute of ['dir']) {
    const value = element.getAttribute(attribute);
    if (value) renamed.setAttribute(attribute, value);
  }
  while (element.firstChild) renamed.appendChild(element.firstChild);
  element.replaceWith(renamed);
}

/** Turns the emphasis that editors express with inline styles into elements, before styles go. */
function keepStyledEmphasis(root: Element): void {
  for (const element of root.querySelectorAll<HTMLElement>('[style]')) {
    const style = element.getAttribute('style')!.toLowerCase();
    const weight = /font-weight\s*:\s*(\w+)/.exec(style)?.[1];
    if (weight === 'bold' || weight === 'bolder' || (weight && Number(weight) >= 600)) wrapChildren(element, 'strong');
    if (/font-style\s*:\s*italic/.test(style)) wrapChildren(element, 'em');
    if (/text-decoration[^;]*underline/.test(style)) wrapChildren(element, 'u');
    if (/text-decoration[^;]*line-through/.test(style)) wrapChildren(element, 's');
  }
}

/** Word's list paragraphs (class MsoListParagraph…) become real lists; its bullet glyph spans go. */
function rebuildWordLists(root: Element): void {
  for (const ignored of root.querySelectorAll('[style*="mso-list:ignore" i], [style*="mso-list: ignore" i]')) ignored.remove();
  let list: HTMLElement | undefined;
  for (const paragraph of [...root.querySelectorAll<HTMLElement>('p[class^="MsoListParagraph" i]')]) {
    if (!list || paragraph.previousElementSibling !== list) {
      list = root.ownerDocument.createElement('ul');
      paragraph.before(list);
    }
    const item = root.ownerDocument.createElement('li');
    while (paragraph.firstChild) item.appendChild(paragraph.firstChild);
    list.appendChild(item);
    paragraph.remove();
  }
}

export function sanitisePastedHtml(html: string): string {
  // A document with no browsing context: nothing in it loads or runs, and it does not take the
  // page's Content-Security-Policy (a DOMParser document would, and report every on* attribute).
  const document = window.document.implementation.createHTMLDocument('');
  const body = document.body;
  body.innerHTML = html;
  // Google Docs wraps the whole paste in a <b style="font-weight:normal">.
  for (const wrapper of body.querySelectorAll('b[id^="docs-internal-guid"]')) wrapper.replaceWith(...wrapper.childNodes);
  for (const element of body.querySelectorAll('o\\:p, style, script, meta, link, title, xml')) element.remove();
  rebuildWordLists(body);
  keepStyledEmphasis(body);
  for (const heading of body.querySelectorAll('h1')) renameElement(heading, 'h2');
  for (const heading of body.querySelectorAll('h4, h5, h6')) renameElement(heading, 'h3');
  for (const title of body.querySelectorAll('p.MsoTitle, p.MsoSubtitle')) renameElement(title, 'h2');
  // Keep the one class the quote parser reads, as a data attribute that survives sanitising.
  for (const figure of body.querySelectorAll('figure.pull-quote')) figure.setAttribute('data-variant', 'pull');
  for (const figure of body.querySelectorAll('figure.quote, figure.pull-quote')) figure.setAttribute('data-type', 'quote');
  DOMPurify.sanitize(body, {
    IN_PLACE: true,
    ALLOWED_TAGS: [...allowedTags, 'body'],
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    KEEP_CONTENT: true,
  });
  return body.innerHTML;
}
