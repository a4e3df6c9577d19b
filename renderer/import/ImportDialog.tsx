/**
 * "Build an article from text": paste the copy or open a text file, see what was recognised
 * (section, headline, subsections, quotes, related block, dropped site chrome), then create it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../shared/contract/apiError';
import type { Draft } from '../../shared/model/draft';
import { importPlainText } from '../../shared/import/plainTextImport';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { textDirectionOf } from '../../shared/text/textDirection';

interface ImportDialogProps {
  onClose: () => void;
  onCreated: (draft: Draft) => void;
}

export function ImportDialog({ onClose, onCreated }: ImportDialogProps) {
  const api = useApi();
  const { t, errorMessage } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isCreating, setIsCreating] = useState(false);
  const result = useMemo(() => (text.trim() ? importPlainText(text) : undefined), [text]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const readFile = async (file: File): Promise<void> => {
    try {
      const bytes = await file.arrayBuffer();
      setText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      setError(undefined);
    } catch {
      setError(t('import.fileUnreadable'));
    }
  };

  const create = async (): Promise<void> => {
    if (!result) return;
    setIsCreating(true);
    const created = await api.call('drafts.create', { content: result.content, origin: 'import' });
    setIsCreating(false);
    if (created.ok) onCreated(created.value);
    else setError(errorMessage(created.error as ApiError));
  };

  const report = result?.report;
  return (
    <dialog ref={dialogRef} className="import-dialog" aria-labelledby="import-title" onClose={onClose}>
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="panel-hint">{t('import.help')}</p>
      <label htmlFor="import-text" className="field-label">
        {t('import.text')}
      </label>
      <textarea id="import-text" dir={textDirectionOf(text)} rows={10} value={text} onChange={(event) => setText(event.target.value)} />
      <label className="file-button">
        {t('import.file')}
        <input type="file" accept=".txt,text/plain" onChange={(event) => event.target.files?.[0] && void readFile(event.target.files[0])} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <section className="import-report" aria-labelledby="import-detected">
          <h3 id="import-detected">{t('import.detected')}</h3>
          <ul>
            <li>{t('import.detectedSection', { value: report.section || t('import.none') })}</li>
            <li>{t('import.detectedHeadline', { value: report.headline || t('import.none') })}</li>
            <li>
              {t('import.detectedSubsections', { count: report.subsections.length })}
              {report.subsections.length > 0 && `: ${report.subsections.join('، ')}`}
            </li>
            <li>
              {t('import.detectedQuotes', { count: report.quotes.length })}
              {report.quotes.length > 0 && `: ${[...new Set(report.quotes.map((quote) => quote.speaker))].join('، ')}`}
            </li>
            {report.isRelatedBlockFound && <li>{t('import.detectedRelated')}</li>}
            <li>{t('import.detectedDropped', { count: report.droppedLines.length })}</li>
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="button-primary" disabled={!result || isCreating} onClick={() => void create()}>
          {t('import.build')}
        </button>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('import.cancel')}
        </button>
      </div>
    </dialog>
  );
}
