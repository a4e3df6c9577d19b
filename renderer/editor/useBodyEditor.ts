/**
 * The open draft's body editor: TipTap with the body's extensions, right to left by its own
 * text, pasted HTML cleaned, and a paste of plain text that reads as a whole article into an
 * empty body offered to be built as the structured article. A keystroke costs what TipTap
 * costs: the body's JSON is read 400 ms after typing pauses (for counts, outline and checks),
 * never per key. A body the editor cannot read opens read-only and stops the autosave, so what
 * it shows instead never replaces what is on disk.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEditor, type Editor } from '@tiptap/react';
import type { Draft } from '../../shared/model/draft';
import { importPlainText } from '../../shared/import/plainTextImport';
import { useI18n } from '../i18n/I18nProvider';
import { bodyExtensions } from './bodyExtensions';
import type { ArticleFields, DraftSession } from './draftSession';
import { sanitisePastedHtml } from './pasteSanitiser';

export const bodyRefreshDelayMs = 400;

/** Plain text that reads as a whole article: several paragraphs and some length. */
function looksLikeArticle(text: string): boolean {
  return text.split(/\n\s*\n|\n/).filter((line) => line.trim()).length >= 4 && text.length >= 200;
}

export interface BodyEditor {
  /** Null until TipTap has built it. */
  editor: Editor | null;
  /** The body as of the last pause in typing, or the last refreshBody(). */
  body: Draft['body'];
  /** Reads the body now (before the preview shows it). */
  refreshBody(): void;
  /** The draft's body could not be read: the editor is read-only and nothing is saved. */
  isUnreadable: boolean;
  isLinkFormOpen: boolean;
  setIsLinkFormOpen(isOpen: boolean): void;
  /** Plain text pasted into the empty body that reads as a whole article, until accepted or dismissed. */
  pastedArticle: string | undefined;
  dismissPastedArticle(): void;
  /** Builds the article from the pasted text, replacing the whole content (undo keeps the old body); the new fields. */
  acceptPastedArticle(): ArticleFields | undefined;
}

/** `initialBody` is the body the draft opened with (read once, when the editor is built). */
export function useBodyEditor(session: DraftSession, initialBody: Draft['body']): BodyEditor {
  const { t } = useI18n();
  const [body, setBody] = useState<Draft['body']>(initialBody);
  const [isUnreadable, setIsUnreadable] = useState(false);
  const [isLinkFormOpen, setIsLinkFormOpen] = useState(false);
  const [pastedArticle, setPastedArticle] = useState<string | undefined>();
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const editor = useEditor(
    {
      extensions: bodyExtensions({ placeholder: t('editor.bodyPlaceholder'), onLinkRequest: () => setIsLinkFormOpen(true) }),
      content: initialBody,
      textDirection: 'auto',
      injectCSS: false,
      // A body the editor cannot read must never be replaced by what it shows instead (nothing):
      // saving stops and the draft opens read-only with a warning.
      enableContentCheck: true,
      onContentError: ({ editor: current }) => {
        session.autosaver.block();
        // Typing into it would be lost (nothing is saved): the body is shown, not edited.
        current.setEditable(false, false);
        setIsUnreadable(true);
      },
      editorProps: {
        attributes: { 'aria-label': t('editor.body'), 'aria-multiline': 'true', role: 'textbox', class: 'body-editor', spellcheck: 'true' },
        transformPastedHTML: sanitisePastedHtml,
        handlePaste: (view, event) => {
          const text = event.clipboardData?.getData('text/plain') ?? '';
          const hasHtml = Boolean(event.clipboardData?.getData('text/html'));
          if (!hasHtml && view.state.doc.textContent.trim() === '' && looksLikeArticle(text)) setPastedArticle(text);
          return false;
        },
      },
      onUpdate: ({ transaction }) => {
        if (!transaction.docChanged) return;
        session.markBodyChanged();
        clearTimeout(refreshTimer.current);
        refreshTimer.current = setTimeout(() => setBody(session.body()), bodyRefreshDelayMs);
      },
    },
    [session],
  );

  useEffect(() => {
    session.attachEditor(editor);
    // Marks for the opening benchmark: from asking the API to the editor being ready.
    if (editor && performance.getEntriesByName('midad:open:start', 'mark').length > 0) {
      performance.mark('midad:open:ready');
      performance.measure('midad:open', 'midad:open:start', 'midad:open:ready');
      performance.clearMarks('midad:open:start');
    }
  }, [session, editor]);

  useEffect(() => () => clearTimeout(refreshTimer.current), []);

  // The body's accessible name follows the interface's language (the editor is built once).
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const { editorProps } = editor.options;
    if (editorProps.attributes && typeof editorProps.attributes === 'object' && editorProps.attributes['aria-label'] === t('editor.body'))
      return;
    editor.setOptions({ editorProps: { ...editorProps, attributes: { ...editorProps.attributes, 'aria-label': t('editor.body') } } });
  }, [editor, t]);

  const refreshBody = useCallback(() => setBody(session.body()), [session]);
  const dismissPastedArticle = useCallback(() => setPastedArticle(undefined), []);
  const acceptPastedArticle = useCallback((): ArticleFields | undefined => {
    if (!pastedArticle) return undefined;
    const { content } = importPlainText(pastedArticle);
    const fields = session.replaceContent(content);
    setBody(content.body);
    setPastedArticle(undefined);
    return fields;
  }, [pastedArticle, session]);

  return {
    editor,
    body,
    refreshBody,
    isUnreadable,
    isLinkFormOpen,
    setIsLinkFormOpen,
    pastedArticle,
    dismissPastedArticle,
    acceptPastedArticle,
  };
}
