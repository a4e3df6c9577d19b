/**
 * The button that folds a side panel away or shows it again: a chevron pointing the way the panel
 * goes (mirrored in right-to-left by the stylesheet), named for what it does, with its state as
 * `aria-expanded` on the panel it controls.
 */
import type { MessageKey } from '../../shared/i18n/catalogue';
import { useI18n } from '../i18n/I18nProvider';

interface PanelToggleProps {
  isCollapsed: boolean;
  onToggle: () => void;
  controls: string;
  collapseLabel: MessageKey;
  expandLabel: MessageKey;
  /** Which edge of the window the panel stands at, so the chevron points towards it (folding) or away (showing). */
  edge: 'start' | 'end';
}

export function PanelToggle({ isCollapsed, onToggle, controls, collapseLabel, expandLabel, edge }: PanelToggleProps) {
  const { t } = useI18n();
  const label = t(isCollapsed ? expandLabel : collapseLabel);
  const pointsToStart = (edge === 'start') !== isCollapsed;
  return (
    <button
      type="button"
      className="panel-toggle"
      aria-expanded={!isCollapsed}
      aria-controls={controls}
      aria-label={label}
      title={label}
      data-points={pointsToStart ? 'start' : 'end'}
      onClick={onToggle}
    >
      <span aria-hidden="true">›</span>
    </button>
  );
}
