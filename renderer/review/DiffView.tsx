/**
 * A comparison as a copy editor reads it: field changes, tags and related links, then the body
 * with insertions underlined and deletions struck through (never colour alone). A deletion and the
 * insertion after it are set apart by a space outside both, so their letters never join and their
 * lines never merge; a rewritten field or paragraph reads as a "before" line and an "after" line.
 * The chrome follows the interface's direction; the article's text keeps its own. In review mode
 * each change has its own accept / reject buttons, named after the change; focusing or hovering
 * them highlights the change in the text.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { ChangeSummary } from '../../shared/model/revision';
import { isRewritten, type ArticleChange, type ArticleDiff, type Segment } from '../../shared/review/articleDiff';
import { summariseChange } from '../../shared/review/changeSummary';
import { plainTextOf } from '../../shared/model/plainText';
import { useI18n } from '../i18n/I18nProvider';
import { describeChange } from './describeChange';

export interface ReviewDecisions {
  /** The decision on a change: accepted, rejected, or undefined while undecided. */
  decisionOf: (changeId: number) => boolean | undefined;
  decide: (changeId: number, isAccepted: boolean) => void;
}

function Segments({ segments, highlighted }: { segments: readonly Segment[]; highlighted: number | undefined }) {
  const { t } = useI18n();
  if (isRewritten(segments)) {
    const side = (type: 'removed' | 'added'): ReactNode => {
      const Tag = type === 'removed' ? 'del' : 'ins';
      const text = segments
        .filter((segment) => segment.type === type)
        .map((segment) => segment.text)
        .join('');
      const changeId = segments.find((segment) => segment.type === type)!.changeId;
      return (
        <span className="diff-side" data-side={type === 'removed' ? 'before' : 'after'}>
          <span className="diff-side-label">{t(type === 'removed' ? 'review.before' : 'review.after')}</span>{' '}
          <Tag dir="auto" data-change={changeId} className={changeId === highlighted ? 'is-highlighted' : undefined}>
            {text}
          </Tag>
        </span>
      );
    };
    return (
      <span className="diff-rewritten">
        {side('removed')}
        {side('added')}
      </span>
    );
  }
  return (
    <>
      {segments.map((segment, index) => {
        const className = segment.changeId !== undefined && segment.changeId === highlighted ? 'is-highlighted' : undefined;
        // Old and new text never touch: a space outside both breaks the letters' joining and keeps the lines apart.
        const gap = index > 0 && segment.type !== 'same' && segments[index - 1]!.type !== 'same' && (
          <span className="diff-gap" key={`gap-${index}`}>
            {' '}
          </span>
        );
        return segment.type === 'same' ? (
          <span key={index}>{segment.text}</span>
        ) : (
          [
            gap,
            segment.type === 'added' ? (
              <ins key={index} data-change={segment.changeId} className={className}>
                {segment.text}
              </ins>
            ) : (
              <del key={index} data-change={segment.changeId} className={className}>
                {segment.text}
              </del>
            ),
          ]
        );
      })}
    </>
  );
}

interface DecisionProps {
  changeId: number;
  review: ReviewDecisions | undefined;
  description: string;
  onHighlight: (changeId: number | undefined) => void;
}

function Decision({ changeId, review, description, onHighlight }: DecisionProps) {
  const { t } = useI18n();
  if (!review) return null;
  const decision = review.decisionOf(changeId);
  const highlight = { onFocus: () => onHighlight(changeId), onBlur: () => onHighlight(undefined) };
  return (
    <span
      className="review-decision"
      role="group"
      aria-label={description}
      data-change={changeId}
      data-decision={decision === undefined ? 'undecided' : decision ? 'accepted' : 'rejected'}
      onMouseEnter={() => onHighlight(changeId)}
      onMouseLeave={() => onHighlight(undefined)}
    >
      <button
        type="button"
        aria-pressed={decision === true}
        aria-label={t('review.acceptChange', { change: description })}
        onClick={() => review.decide(changeId, true)}
        {...highlight}
      >
        {t('review.accept')}
      </button>
      <button
        type="button"
        aria-pressed={decision === false}
        aria-label={t('review.rejectChange', { change: description })}
        onClick={() => review.decide(changeId, false)}
        {...highlight}
      >
        {t('review.reject')}
      </button>
    </span>
  );
}

export function DiffView({ diff, review }: { diff: ArticleDiff; review?: ReviewDecisions }) {
  const { t } = useI18n();
  const [highlighted, setHighlighted] = useState<number | undefined>();
  const summaries = useMemo(
    () => new Map<number, ChangeSummary>(diff.changes.map((change) => [change.id, summariseChange(change, diff)])),
    [diff],
  );
  if (diff.changes.length === 0) return <p className="panel-hint">{t('compare.noChanges')}</p>;
  const describe = (change: ArticleChange): string => describeChange(summaries.get(change.id)!, t);
  const decision = (change: ArticleChange): ReactNode => (
    <Decision changeId={change.id} review={review} description={describe(change)} onHighlight={setHighlighted} />
  );
  const outsideBody = diff.changes.filter(
    (change) =>
      change.kind !== 'words' && change.kind !== 'blockAdded' && change.kind !== 'blockRemoved' && change.kind !== 'quoteAttribution',
  );
  const attributions = diff.changes.filter(
    (change): change is Extract<ArticleChange, { kind: 'quoteAttribution' }> => change.kind === 'quoteAttribution',
  );

  const changedBlock = (segments: readonly Segment[], blockType: string): ReactNode => {
    const ids = [...new Set(segments.filter((segment) => segment.changeId !== undefined).map((segment) => segment.changeId!))];
    return (
      <div className="diff-block" data-block={blockType}>
        <p dir="auto">
          <Segments segments={segments} highlighted={highlighted} />
        </p>
        {review && (
          <ul className="review-decisions">
            {ids.map((id) => {
              const change = diff.changes.find((candidate) => candidate.id === id)!;
              return (
                <li key={id}>
                  <span className="review-decision-text" dir="auto">
                    {describe(change)}
                  </span>
                  {decision(change)}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    );
  };

  let newIndex = 0;
  return (
    <div className="diff">
      <p className="panel-hint" role="status">
        {t('compare.changes', { count: diff.changes.length })}
      </p>
      {outsideBody.length > 0 && (
        <ul className="change-list">
          {outsideBody.map((change) => (
            <li key={change.id} data-kind={change.kind}>
              {change.kind === 'field' ? (
                <>
                  <strong>{t(`compare.field.${change.field}`)}: </strong>
                  <span className="diff-text" dir="auto">
                    <Segments segments={change.segments} highlighted={highlighted} />
                  </span>
                </>
              ) : (
                <span dir="auto">{describe(change)}</span>
              )}
              {decision(change)}
            </li>
          ))}
        </ul>
      )}
      <div className="diff-body">
        {diff.body.map((row, index) => {
          if (row.kind === 'same') {
            newIndex++;
            return (
              <p key={index} className="diff-same" dir="auto">
                {plainTextOf(row.block)}
              </p>
            );
          }
          if (row.kind === 'added' || row.kind === 'removed') {
            if (row.kind === 'added') newIndex++;
            const change = diff.changes.find((candidate) => candidate.id === row.changeId)!;
            const Tag = row.kind === 'added' ? 'ins' : 'del';
            return (
              <div key={index} className="diff-block" data-block={row.block.type}>
                <span className="diff-label">{describe(change).split(':')[0]}</span>
                <Tag className={`diff-whole${row.changeId === highlighted ? ' is-highlighted' : ''}`} dir="auto" data-change={row.changeId}>
                  {plainTextOf(row.block)}
                </Tag>
                {decision(change)}
              </div>
            );
          }
          const blockIndex = newIndex++;
          const attribution = attributions.find((change) => change.blockNewIndex === blockIndex);
          return (
            <div key={index}>
              {changedBlock(row.segments, row.after.type)}
              {attribution && (
                <p className="diff-attribution">
                  {describe(attribution)} {decision(attribution)}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
