/** Exports of the open article: a standalone HTML page, Markdown, plain text, and the draft with its history. */
import { useRef } from 'react';
import type { ArticleContent } from '../../shared/model/article';
import { articleMarkdown, articlePageHtml, articlePlainText } from '../../shared/model/articleExport';
import { useI18n } from '../i18n/I18nProvider';
import { useArticleLabels } from './useArticleLabels';

/** Offers `text` as a file download. */
export function downloadText(fileName: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

interface ExportMenuProps {
  /** The article as it is now (everything typed included). */
  content: () => ArticleContent;
  onExportWithHistory: () => void;
}

export function ExportMenu({ content, onExportWithHistory }: ExportMenuProps) {
  const { t } = useI18n();
  const articleLabels = useArticleLabels();
  const menuRef = useRef<HTMLDetailsElement>(null);
  const close = (): void => {
    if (menuRef.current) menuRef.current.open = false;
  };
  const exportAs = (kind: 'html' | 'markdown' | 'text'): void => {
    close();
    const article = content();
    const labels = articleLabels(article.language);
    const base = (article.slug || 'article').slice(0, 80);
    if (kind === 'html') downloadText(`${base}.html`, articlePageHtml(article, labels), 'text/html;charset=utf-8');
    else if (kind === 'markdown') downloadText(`${base}.md`, articleMarkdown(article, labels), 'text/markdown;charset=utf-8');
    else downloadText(`${base}.txt`, articlePlainText(article, labels), 'text/plain;charset=utf-8');
  };
  return (
    <details className="export-menu" ref={menuRef}>
      <summary>{t('export.title')}</summary>
      <div className="export-menu-items" role="group" aria-label={t('export.title')}>
        <button type="button" onClick={() => exportAs('html')}>
          {t('export.html')}
        </button>
        <button type="button" onClick={() => exportAs('markdown')}>
          {t('export.markdown')}
        </button>
        <button type="button" onClick={() => exportAs('text')}>
          {t('export.text')}
        </button>
        <button
          type="button"
          onClick={() => {
            close();
            onExportWithHistory();
          }}
        >
          {t('exchange.export')}
        </button>
      </div>
    </details>
  );
}
