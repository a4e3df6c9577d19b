/**
 * One open draft: the headline and the right-to-left body editor, autosaved. The editor's JSON is
 * read only when a save happens, never on each keystroke, so typing costs what TipTap costs.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Draft } from '../../shared/model/draft';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { Autosaver, type SaveState } from './autosaver';
import { bodyExtensions } from './bodyExtensions';
import { SaveStatus } from './SaveStatus';

export function DraftEditor({ draft }: { draft: Draft }) {
  const api = useApi();
  const { t } = useI18n();
  const [headline, setHeadline] = useState(draft.headline);
  const headlineRef = useRef(draft.headline);
  const editorRef = useRef<ReturnType<typeof useEditor>>(null);

  const autosaver = useMemo(
    () =>
      new Autosaver({
        baseVersion: draft.version,
        save: (baseVersion) => {
          const editor = editorRef.current;
          const body = editor ? editor.getJSON() : draft.body;
          return api.call('drafts.save', { id: draft.id, baseVersion, headline: headlineRef.current, body: body as Draft['body'] });
        },
      }),
    [api, draft],
  );
  const [saveState, setSaveState] = useState<SaveState>(autosaver.currentState);

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
        if (transaction.docChanged) autosaver.markChanged();
      },
    },
    [draft.id],
  );
  editorRef.current = editor;

  useEffect(() => {
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
  }, [autosaver]);

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
          headlineRef.current = value;
          setHeadline(value);
          autosaver.markChanged();
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
