/**
 * The body's formatting toolbar. Its button states come from one editor-state selector, so it
 * re-renders only when a state it shows changes, not on every keystroke. It is one Tab stop with
 * the arrow keys inside (the ARIA toolbar pattern); Alt+F10 in the body goes to it, as in the
 * word processors, and Escape goes back. Its letters are the interface language's (غ or B).
 */
import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/catalogue';
import { useRovingFocus } from '../components/useRovingFocus';
import { useI18n } from '../i18n/I18nProvider';
import { LinkForm } from './LinkForm';
import { shortcutLabel } from './shortcutLabel';

interface BodyToolbarProps {
  editor: Editor;
  isLinkFormOpen: boolean;
  onLinkFormChange: (isOpen: boolean) => void;
}

export function BodyToolbar({ editor, isLinkFormOpen, onLinkFormChange }: BodyToolbarProps) {
  const { t } = useI18n();
  const roving = useRovingFocus<HTMLDivElement>();
  const toolbarRef = roving.ref;
  useEffect(() => {
    const body = editor.view.dom;
    const toToolbar = (event: KeyboardEvent): void => {
      if (!event.altKey || event.key !== 'F10') return;
      event.preventDefault();
      toolbarRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    };
    body.addEventListener('keydown', toToolbar);
    return () => body.removeEventListener('keydown', toToolbar);
  }, [editor, toolbarRef]);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      isBold: current.isActive('bold'),
      isItalic: current.isActive('italic'),
      isUnderline: current.isActive('underline'),
      isHeading2: current.isActive('heading', { level: 2 }),
      isHeading3: current.isActive('heading', { level: 3 }),
      isBulletList: current.isActive('bulletList'),
      isOrderedList: current.isActive('orderedList'),
      isQuote: current.isActive('quote', { variant: 'quote' }),
      isPullQuote: current.isActive('quote', { variant: 'pull' }),
      isLink: current.isActive('link'),
      // The history's depth, not can().undo(): a dry run of a command on every keystroke costs more.
      canUndo: undoDepth(current.state) > 0,
      canRedo: redoDepth(current.state) > 0,
    }),
  });

  const button = (
    label: MessageKey,
    isActive: boolean | undefined,
    run: () => void,
    content: ReactNode,
    /** As TipTap names it ('Mod-Alt-2'); shown as the platform writes it. */
    shortcut?: string,
    isDisabled = false,
  ) => (
    <button
      type="button"
      className="toolbar-button"
      aria-pressed={isActive}
      aria-label={t(label)}
      title={shortcut ? `${t(label)} (${shortcutLabel(shortcut)})` : t(label)}
      disabled={isDisabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      {content}
    </button>
  );
  const chain = () => editor.chain().focus();

  return (
    <div className="body-toolbar-wrap">
      <div
        className="body-toolbar"
        role="toolbar"
        aria-label={t('toolbar.label')}
        ref={roving.ref}
        onFocus={roving.onFocus}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            editor.commands.focus();
            return;
          }
          roving.onKeyDown(event);
        }}
      >
        {button('toolbar.bold', state.isBold, () => chain().toggleBold().run(), <b>{t('toolbar.glyph.bold')}</b>, 'Mod-B')}
        {button('toolbar.italic', state.isItalic, () => chain().toggleItalic().run(), <i>{t('toolbar.glyph.italic')}</i>, 'Mod-I')}
        {button(
          'toolbar.underline',
          state.isUnderline,
          () => chain().toggleUnderline().run(),
          <u>{t('toolbar.glyph.underline')}</u>,
          'Mod-U',
        )}
        <span className="toolbar-separator" aria-hidden="true" />
        {button(
          'toolbar.heading2',
          state.isHeading2,
          () => chain().toggleHeading({ level: 2 }).run(),
          t('toolbar.glyph.heading2'),
          'Mod-Alt-2',
        )}
        {button(
          'toolbar.heading3',
          state.isHeading3,
          () => chain().toggleHeading({ level: 3 }).run(),
          t('toolbar.glyph.heading3'),
          'Mod-Alt-3',
        )}
        {button('toolbar.bulletList', state.isBulletList, () => chain().toggleBulletList().run(), '•', 'Mod-Shift-8')}
        {button(
          'toolbar.orderedList',
          state.isOrderedList,
          () => chain().toggleOrderedList().run(),
          t('toolbar.glyph.orderedList'),
          'Mod-Shift-7',
        )}
        {button(
          'toolbar.quote',
          state.isQuote,
          () => (state.isPullQuote ? chain().updateAttributes('quote', { variant: 'quote' }).run() : chain().toggleQuote().run()),
          '”',
          'Mod-Shift-Q',
        )}
        {button(
          'toolbar.pullQuote',
          state.isPullQuote,
          () =>
            state.isQuote ? chain().updateAttributes('quote', { variant: 'pull' }).run() : chain().toggleQuote({ variant: 'pull' }).run(),
          '❝',
        )}
        {button('toolbar.link', state.isLink || isLinkFormOpen, () => onLinkFormChange(!isLinkFormOpen), t('toolbar.link'), 'Mod-K')}
        <span className="toolbar-separator" aria-hidden="true" />
        {button('toolbar.undo', undefined, () => chain().undo().run(), '↶', 'Mod-Z', !state.canUndo)}
        {button('toolbar.redo', undefined, () => chain().redo().run(), '↷', 'Mod-Shift-Z', !state.canRedo)}
      </div>
      {isLinkFormOpen && <LinkForm editor={editor} onClose={() => onLinkFormChange(false)} />}
    </div>
  );
}
