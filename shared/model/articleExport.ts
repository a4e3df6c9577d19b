/**
 * Exports of an article: a standalone HTML page (right to left, the shared renderer's markup, the
 * fonts linked by name with system fallbacks), Markdown and plain text. None of them can carry
 * active content: the HTML comes from the whitelist renderer, the page adds only a stylesheet
 * and no script, and links are kept only for http(s) and mailto.
 */
import type { ArticleContent } from './article';
import { articleHtml, datelineText, escapeHtml, safeHref, type ArticleHtmlLabels } from './articleHtml';
import type { RichTextNode } from './richTextDocument';
import { plainTextOf } from './plainText';

const pageStyle = `
body { margin: 0; background: #fbfaf7; color: #1d1b16; font-family: 'Noto Naskh Arabic', 'Amiri', 'Scheherazade New', 'Times New Roman', serif; line-height: 1.9; font-size: 1.15rem; }
.article { max-inline-size: 46rem; margin-inline: auto; padding-block: 2rem; padding-inline: 1.5rem; }
.article-section { display: inline-block; font-family: 'Noto Sans Arabic', sans-serif; font-size: 0.85rem; font-weight: 600; color: #fff; background: #0b5d4b; padding-inline: 0.6rem; border-radius: 4px; margin: 0; }
.article-kicker { color: #0b5d4b; font-weight: 700; margin-block: 0.6rem 0; }
.article-headline { font-size: 2rem; line-height: 1.4; margin-block: 0.5rem; }
.article-standfirst { font-size: 1.25rem; color: #5f5a4f; }
.article-meta { font-family: 'Noto Sans Arabic', sans-serif; font-size: 0.9rem; color: #5f5a4f; border-block: 1px solid #dcd6c8; padding-block: 0.4rem; }
.article-byline { font-weight: 600; margin-inline-end: 1rem; }
figure.quote { margin-inline: 0; padding-inline: 1rem; border-inline-start: 4px solid #0b5d4b; }
figure.pull-quote { border-inline-start: 0; border-block: 3px solid #0b5d4b; text-align: center; font-size: 1.35rem; font-weight: 700; }
figure.quote blockquote { margin: 0; }
figcaption { font-family: 'Noto Sans Arabic', sans-serif; font-size: 0.9rem; color: #5f5a4f; }
figcaption cite { font-style: normal; font-weight: 700; }
.related-articles { border-block-start: 3px solid #0b5d4b; margin-block-start: 2rem; }
a { color: #0b5d4b; }
ul, ol { padding-inline-start: 1.6rem; }
`;

/** The article as a standalone page. */
export function articlePageHtml(article: ArticleContent, labels: ArticleHtmlLabels): string {
  const direction = article.language === 'ar' ? 'rtl' : 'ltr';
  return [
    '<!doctype html>',
    `<html lang="${article.language}" dir="${direction}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' https://fonts.googleapis.com; font-src https://fonts.gstatic.com; img-src https:">`,
    `<title>${escapeHtml(article.headline || article.slug || 'article')}</title>`,
    article.seoDescription ? `<meta name="description" content="${escapeHtml(article.seoDescription)}">` : '',
    '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Naskh+Arabic:wght@400;700&amp;family=Noto+Sans+Arabic:wght@400;600&amp;display=swap">',
    `<style>${pageStyle}</style>`,
    '</head>',
    '<body>',
    articleHtml(article, labels),
    '</body>',
    '</html>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}

const markdownSpecial = /([\\`*_{}[\]()#+\-.!|>~<])/g;
const escapeMarkdown = (text: string): string => text.replace(markdownSpecial, '\\$1');

function inlineMarkdown(node: RichTextNode): string {
  return (node.content ?? [])
    .map((child) => {
      if (child.type === 'hardBreak') return '  \n';
      if (child.type !== 'text') return inlineMarkdown(child);
      let text = escapeMarkdown(child.text ?? '');
      const marks = new Set((child.marks ?? []).map((mark) => mark.type));
      if (marks.has('bold')) text = `**${text}**`;
      if (marks.has('italic')) text = `*${text}*`;
      if (marks.has('strike')) text = `~~${text}~~`;
      const link = child.marks?.find((mark) => mark.type === 'link');
      const href = link ? safeHref(link.attrs?.href) : undefined;
      if (href) text = `[${text}](<${href.replace(/[<>]/g, '')}>)`;
      return text;
    })
    .join('');
}

function blockMarkdown(node: RichTextNode): string {
  switch (node.type) {
    case 'heading':
      return `${node.attrs?.level === 3 ? '###' : '##'} ${inlineMarkdown(node)}`;
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? [])
        .map(
          (item, index) => `${node.type === 'orderedList' ? `${index + 1}.` : '-'} ${(item.content ?? []).map(inlineMarkdown).join(' ')}`,
        )
        .join('\n');
    case 'quote': {
      const speaker = String(node.attrs?.speaker ?? '').trim();
      const role = String(node.attrs?.role ?? '').trim();
      const lines = (node.content ?? []).map((paragraph) => `> ${inlineMarkdown(paragraph)}`);
      if (speaker || role) lines.push(`> — ${escapeMarkdown([speaker, role].filter(Boolean).join('، '))}`);
      return lines.join('\n>\n');
    }
    case 'horizontalRule':
      return '---';
    default:
      return inlineMarkdown(node);
  }
}

/** The article as Markdown. */
export function articleMarkdown(article: ArticleContent, labels: ArticleHtmlLabels): string {
  const parts: string[] = [];
  if (article.section) parts.push(`**${escapeMarkdown(article.section)}**`);
  if (article.kicker) parts.push(escapeMarkdown(article.kicker));
  parts.push(`# ${escapeMarkdown(article.headline)}`);
  if (article.standfirst) parts.push(`*${escapeMarkdown(article.standfirst)}*`);
  const meta = [article.byline, datelineText(article, labels.deskDate)].filter(Boolean).map(escapeMarkdown).join(' — ');
  if (meta) parts.push(meta);
  for (const block of article.body.content ?? []) {
    const text = blockMarkdown(block);
    if (text.trim()) parts.push(text);
  }
  const related = article.related.filter((entry) => entry.title || entry.url);
  if (related.length > 0) {
    parts.push(`## ${escapeMarkdown(labels.relatedArticles)}`);
    parts.push(
      related
        .map((entry) => {
          const href = safeHref(entry.url);
          const title = escapeMarkdown(entry.title || entry.url);
          return href ? `- [${title}](<${href.replace(/[<>]/g, '')}>)` : `- ${title}`;
        })
        .join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** The article as plain text: what a reader reads, in order, quotes with their speakers, links spelled out. */
export function articlePlainText(article: ArticleContent, labels: ArticleHtmlLabels): string {
  const parts: string[] = [];
  if (article.section) parts.push(article.section);
  if (article.kicker) parts.push(article.kicker);
  parts.push(article.headline);
  if (article.standfirst) parts.push(article.standfirst);
  const meta = [article.byline, datelineText(article, labels.deskDate)].filter(Boolean).join(' — ');
  if (meta) parts.push(meta);
  for (const block of article.body.content ?? []) {
    if (block.type === 'quote') {
      const speaker = [block.attrs?.speaker, block.attrs?.role].filter((value) => typeof value === 'string' && value.trim()).join('، ');
      parts.push(`“${plainTextOf(block).trim()}”${speaker ? ` — ${speaker}` : ''}`);
    } else {
      const text = plainTextOf(block).trim();
      if (text) parts.push(text);
    }
  }
  const related = article.related.filter((entry) => entry.title || entry.url);
  if (related.length > 0)
    parts.push([labels.relatedArticles, ...related.map((entry) => `- ${[entry.title, entry.url].filter(Boolean).join(': ')}`)].join('\n'));
  return `${parts.join('\n\n')}\n`;
}
