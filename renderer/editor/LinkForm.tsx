/**
 * The body's link form, under the toolbar: the address of the selected link (or of a new one),
 * applied only when it is http(s) or mailto (anything else is refused with a message), or the
 * link removed. Escape closes it and gives the body its focus back.
 */
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { isAllowedLinkTarget } from '../../shared/model/article';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/I18nProvider';

export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useI18n();
  const [address, setAddress] = useState<string>(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const [isRefused, setIsRefused] = useState(false);

  const apply = (): void => {
    const target = address.trim();
    if (!isAllowedLinkTarget(target)) {
      setIsRefused(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: target }).run();
    onClose();
  };

  return (
    <form
      className="link-form"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          editor.commands.focus();
        }
      }}
    >
      <TextField
        id="link-address"
        label={t('link.address')}
        isInline
        dir="ltr"
        autoFocus
        value={address}
        isInvalid={isRefused}
        describedBy={isRefused ? 'link-refused' : undefined}
        placeholder="https://"
        onChange={(next) => {
          setAddress(next);
          setIsRefused(false);
        }}
      />
      <button type="submit" className="button-primary">
        {t('link.apply')}
      </button>
      {editor.isActive('link') && (
        <button
          type="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {t('link.remove')}
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          onClose();
          editor.commands.focus();
        }}
      >
        {t('link.cancel')}
      </button>
      {isRefused && (
        <p id="link-refused" className="field-error" role="alert">
          {t('link.refused')}
        </p>
      )}
    </form>
  );
}
