/**
 * The header's صندوق الصادر: how many sends are waiting (marked when one needs the user), and the
 * whole outbox on click. It follows the outbox on its own, so outbox events re-render only it.
 */
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { OutboxDialog } from './OutboxDialog';
import { useOutbox } from './useOutbox';

export function OutboxButton({ onOpenDraft }: { onOpenDraft: (draftId: string) => void }) {
  const { t } = useI18n();
  const outbox = useOutbox();
  const [isOpen, setIsOpen] = useState(false);
  const waitingCount = outbox.filter((item) => item.state !== 'done' && item.state !== 'cancelled').length;
  const hasTrouble = outbox.some((item) => item.state === 'failed' || item.state === 'needsChoice');
  return (
    <>
      <button type="button" className="outbox-button" data-warning={hasTrouble || undefined} onClick={() => setIsOpen(true)}>
        {t('outbox.open', { count: waitingCount })}
      </button>
      {isOpen && <OutboxDialog items={outbox} onClose={() => setIsOpen(false)} onOpenDraft={onOpenDraft} />}
    </>
  );
}
