/**
 * The one HTML renderer of articles, used by the preview, exports and publishing. It writes only
 * the elements and attributes it knows (a whitelist by construction): text is escaped, links are
 * kept only for http(s) and mailto, and no script, style, event handler or data: URL can come out,
 * whatever the body JSON holds.
 */
import { isAllowedLinkTarget, type ArticleContent, type RelatedArticle } from './article';
import type { RichTextDocument, RichTextNode } from './richTextDocument';
import { articleDate, type DeskDateStyle } from '../text/deskDate';

/** What the article's page takes from the desk rather than from the article: its labels and how it writes dates. */
export interface ArticleHtmlLabels {
  /** The heading of the related-articles list, "مقالات ذات صلة" in Arabic. */
  relatedArticles: string;
  /** The desk's month names and digits for the dateline. */
  deskDate: DeskDateStyle;
}

const directions = new Set(['ltr', 'rtl', 'auto']);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The link target if it is allowed (http, https, mailto), otherwise undefined. */
export function safeHref(href: unknown): string | undefined {
  return typeof href === 'string' && isAllowedLinkTarget(href.trim()) ? href.trim() : undefined;
}

function directionAttribute(node: RichTextNode): string {
  const direction = node.attrs?.dir;
  return typeof direction === 'string' && directions.has(direction) ? ` dir="${direction}"` : '';
}

function renderText(node: RichTextNode): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        html = `<strong>${html}</strong>`;
        break;
      case 'italic':
        html = `<em>${html}</em>`;
        break;
      case 'underline':
        html = `<u>${html}</u>`;
        break;
      case 'strike':
        html = `<s>${html}</s>`;
        break;
      case 'code':
        html = `<code>${html}</code>`;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
        break;
      }
      default:
        break;
    }
  }
  return html;
}

function renderChildren(node: RichTextNode): string {
  return (node.content ?? []).map(renderNode).join('');
}

function renderQuote(node: RichTextNode): string {
  const isPull = node.attrs?.variant === 'pull';
  const speaker = typeof node.attrs?.speaker === 'string' ? node.attrs.speaker.trim() : '';
  const role = typeof node.attrs?.role === 'string' ? node.attrs.role.trim() : '';
  const caption = [speaker ? `<cite>${escapeHtml(speaker)}</cite>` : '', role ? `<span class="quote-role">${escapeHtml(role)}</span>` : '']
    .filter(Boolean)
    .join('، ');
  const figureClass = isPull ? 'quote pull-quote' : 'quote';
  return (
    `<figure class="${figureClass}" data-variant="${isPull ? 'pull' : 'quote'}"${directionAttribute(node)}>` +
    `<blockquote>${renderChildren(node)}</blockquote>` +
    (caption ? `<figcaption>${caption}</figcaption>` : '') +
    `</figure>`
  );
}

function renderNode(node: RichTextNode): string {
  switch (node.type) {
    case 'text':
      return renderText(node);
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'paragraph':
      return `<p${directionAttribute(node)}>${renderChildren(node)}</p>`;
    case 'heading': {
      const level = node.attrs?.level === 3 ? 3 : 2;
      return `<h${level}${directionAttribute(node)}>${renderChildren(node)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul${directionAttribute(node)}>${renderChildren(node)}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.start);
      const startAttribute = Number.isInteger(start) && start > 1 ? ` start="${start}"` : '';
      return `<ol${startAttribute}${directionAttribute(node)}>${renderChildren(node)}</ol>`;
    }
    case 'listItem':
      return `<li${directionAttribute(node)}>${renderChildren(node)}</li>`;
    case 'quote':
      return renderQuote(node);
    case 'blockquote':
      return `<blockquote${directionAttribute(node)}>${renderChildren(node)}</blockquote>`;
    default:
      // An unknown node keeps its text but none of its own markup.
      return renderChildren(node);
  }
}

/** The body as HTML. */
export function bodyHtml(body: RichTextDocument): string {
  return (body.content ?? []).map(renderNode).join('\n');
}

/** The related articles as the final "مقالات ذات صلة" list; empty when there are none. */
export function relatedArticlesHtml(related: readonly RelatedArticle[], labels: Pick<ArticleHtmlLabels, 'relatedArticles'>): string {
  const items = related.filter((entry) => entry.title.trim() || entry.url);
  if (items.length === 0) return '';
  const list = items
    .map((entry) => {
      const title = escapeHtml(entry.title.trim() || entry.url);
      const href = safeHref(entry.url);
      return `<li dir="auto">${href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a>` : title}</li>`;
    })
    .join('');
  return `<section class="related-articles"><h2>${escapeHtml(labels.relatedArticles)}</h2><ul>${list}</ul></section>`;
}

/** The dateline as one line: place and the date in the article's language as the desk writes it, e.g. "دمشق – 29 تشرين الثاني 2026". */
export function datelineText(article: Pick<ArticleContent, 'dateline' | 'language'>, deskDate: DeskDateStyle): string {
  const { place, date } = article.dateline;
  return [place.trim(), articleDate(date, article.language, deskDate)].filter(Boolean).join(' – ');
}

/** The whole article as the site shows it: header (section, kicker, headline, standfirst, byline, dateline), body, related list. */
export function articleHtml(article: ArticleContent, labels: ArticleHtmlLabels): string {
  const direction = article.language === 'ar' ? 'rtl' : 'ltr';
  const line = (className: string, text: string, tag = 'p'): string =>
    text.trim() ? `<${tag} class="${className}" dir="auto">${escapeHtml(text.trim())}</${tag}>` : '';
  const dateline = datelineText(article, labels.deskDate);
  const meta = [
    article.byline.trim() ? `<span class="article-byline">${escapeHtml(article.byline.trim())}</span>` : '',
    dateline ? `<span class="article-dateline">${escapeHtml(dateline)}</span>` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    `<article class="article" lang="${article.language}" dir="${direction}">` +
    `<header class="article-header">` +
    line('article-section', article.section) +
    line('article-kicker', article.kicker) +
    line('article-headline', article.headline, 'h1') +
    line('article-standfirst', article.standfirst) +
    (meta ? `<p class="article-meta">${meta}</p>` : '') +
    `</header>` +
    `<div class="article-body">${bodyHtml(article.body)}</div>` +
    relatedArticlesHtml(article.related, labels) +
    `</article>`
  );
}
