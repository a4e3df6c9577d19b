/**
 * One open draft: the headline and the right-to-left body editor, autosaved. The editor's JSON is
 * read only when a save happens, never on each keystroke, so typing costs what TipTap costs.
 */
import { useEffect, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Draft } from '../../shared/model/draft';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { SaveState } from './autosaver';
import { DraftSession } from './draftSession';
import { bodyExtensions } from './bodyExtensions';
import { SaveStatus } from './SaveStatus';

export function DraftEditor({ draft }: { draft: Draft }) {
  const api = useApi();
  const { t } = useI18n();
  const [headline, setHeadline] = useState(draft.headline);
  const [session] = useState(() => new DraftSession(api, draft));
  const [saveState, setSaveState] = useState<SaveState>(session.autosaver.currentState);

  const editor = useEditor(
    {
      extensions: bodyExtensions(t('editor.bodyPlaceholder')),
      content: draft.body,
      textDirection: 'auto',
      injectCSS: false,
      editorProps: {
        attributes: { 'aria-label': t('editor.body'), 'aria-multiline': 'true', role: 'textbox', class: 'article-body', spellcheck: 'true' },
      },
      onUpdate: ({ transaction }) => {
        if (transaction.docChanged) session.markBodyChanged();
      },
    },
    [session],
  );

  useEffect(() => session.attachEditor(editor), [session, editor]);

  useEffect(() => {
    const { autosaver } = session;
    const stop = autosaver.onState(setSaveState);
    const flushNow = (): void => void autosaver.flush();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
      // Leaving the draft: whatever is unsaved goes now.
      void autosaver.flush().then(() => autosaver.dispose());
    };
  }, [session]);

  return (
    <article className="draft-editor" aria-label={t('editor.body')}>
      <div className="draft-editor-toolbar">
        <SaveStatus state={saveState} />
      </div>
      <label className="field-label" htmlFor="headline">
        {t('editor.headline')}
      </label>
      <textarea
        id="headline"
        className="headline-input"
        dir="auto"
        rows={2}
        value={headline}
        placeholder={t('editor.headlinePlaceholder')}
        onChange={(event) => {
          const value = event.target.value.replace(/\n/g, ' ');
          setHeadline(value);
          session.setHeadline(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            editor?.commands.focus('start');
          }
        }}
      />
      <EditorContent editor={editor} className="article-body-frame" />
    </article>
  );
}
