/**
 * A comparison as a copy editor reads it, right to left: field changes, tags and related links,
 * then the body with insertions underlined and deletions struck through (never colour alone).
 * In review mode each change has its own accept / reject buttons.
 */
import type { ReactNode } from 'react';
import type { ArticleChange, ArticleDiff, Segment } from '../../shared/review/articleDiff';
import { plainTextOf } from '../../shared/model/plainText';
import { useI18n } from '../i18n/I18nProvider';
import { describeChange } from './describeChange';

export interface ReviewDecisions {
  isAccepted: (changeId: number) => boolean;
  decide: (changeId: number, isAccepted: boolean) => void;
}

function Segments({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.type === 'same' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.type === 'added' ? (
          <ins key={index} data-change={segment.changeId}>
            {segment.text}
          </ins>
        ) : (
          <del key={index} data-change={segment.changeId}>
            {segment.text}
          </del>
        ),
      )}
    </>
  );
}

function Decision({ changeId, review, label }: { changeId: number; review?: ReviewDecisions; label: string }) {
  const { t } = useI18n();
  if (!review) return null;
  const isAccepted = review.isAccepted(changeId);
  return (
    <span className="review-decision" role="group" aria-label={label}>
      <button type="button" aria-pressed={isAccepted} onClick={() => review.decide(changeId, true)}>
        {t('review.accept')}
      </button>
      <button type="button" aria-pressed={!isAccepted} onClick={() => review.decide(changeId, false)}>
        {t('review.reject')}
      </button>
    </span>
  );
}

export function DiffView({ diff, review }: { diff: ArticleDiff; review?: ReviewDecisions }) {
  const { t } = useI18n();
  if (diff.changes.length === 0) return <p className="panel-hint">{t('compare.noChanges')}</p>;
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
          <Segments segments={segments} />
        </p>
        {ids.map((id, index) => (
          <Decision key={id} changeId={id} review={review} label={`${t('compare.words')} ${index + 1}`} />
        ))}
      </div>
    );
  };

  let newIndex = 0;
  return (
    <div className="diff" dir="rtl">
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
                  <span dir="auto">
                    <Segments segments={change.segments} />
                  </span>
                </>
              ) : (
                <span>{describeChange(change, t)}</span>
              )}
              <Decision changeId={change.id} review={review} label={describeChange(change, t)} />
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
                <span className="diff-label">{describeChange(change, t).split(':')[0]}</span>
                <Tag className="diff-whole" dir="auto">
                  {plainTextOf(row.block)}
                </Tag>
                <Decision changeId={row.changeId} review={review} label={describeChange(change, t)} />
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
                  {describeChange(attribution, t)}{' '}
                  <Decision changeId={attribution.id} review={review} label={describeChange(attribution, t)} />
                </p>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
