/** The whole outbox, every draft's sends, newest first: opened from the header. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { OutboxSummary } from '../../shared/publishing/outboxItem';
import type { Site } from '../../shared/publishing/site';
import { useApi } from '../api/ApiProvider';
import { useI18n } from '../i18n/I18nProvider';
import { OutboxList } from './OutboxList';

interface OutboxDialogProps {
  items: readonly OutboxSummary[];
  onClose: () => void;
  /** Opens the draft of an item whose site copy changed, to compare there. */
  onOpenDraft: (draftId: string) => void;
}

export function OutboxDialog({ items, onClose, onOpenDraft }: OutboxDialogProps) {
  const api = useApi();
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [sites, setSites] = useState<Site[]>([]);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    void api.call('sites.list', {}).then((result) => result.ok && setSites(result.value.sites));
  }, [api]);
  const siteNames = useMemo(() => new Map(sites.map((site) => [site.id, site.name || site.url])), [sites]);
  return (
    <dialog ref={dialogRef} className="import-dialog outbox-dialog" aria-labelledby="outbox-title" onClose={onClose}>
      <h2 id="outbox-title">{t('outbox.title')}</h2>
      {items.length === 0 ? (
        <p className="panel-empty">{t('outbox.empty')}</p>
      ) : (
        <OutboxList
          items={items}
          siteNames={siteNames}
          onCompare={(item) => {
            onOpenDraft(item.draftId);
            dialogRef.current?.close();
          }}
        />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('outbox.close')}
        </button>
      </div>
    </dialog>
  );
}
