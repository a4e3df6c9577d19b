/**
 * A comparison as a copy editor reads it: field changes, tags and related links, then the body
 * with insertions underlined and deletions struck through (never colour alone). A deleted word and
 * the word replacing it never touch: a space (which also stops Arabic letters joining across them)
 * and a gap stand between. A rewritten field or paragraph shows its text before and after. The
 * chrome runs in the interface's direction, each text in its own. In review mode each change has
 * accept / reject buttons beside it, named after the change they decide.
 */
import { Fragment, useMemo, type ReactNode } from 'react';
import { isRewrite, type ArticleChange, type ArticleDiff, type Segment } from '../../shared/review/articleDiff';
import { plainTextOf } from '../../shared/model/plainText';
import { summariseChange } from '../../shared/review/changeSummary';
import { useI18n } from '../i18n/I18nProvider';
import { describeChange, describeEdit } from './describeChange';

export interface ReviewDecisions {
  /** Accepted (true), rejected (false), or undecided (undefined): every change starts undecided. */
  decisionOf: (changeId: number) => boolean | undefined;
  decide: (changeId: number, isAccepted: boolean) => void;
}

function Segments({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.type === 'same' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.type === 'added' ? (
          <Fragment key={index}>
            {segments[index - 1]?.type === 'removed' && (
              <span className="diff-gap" data-separator aria-hidden="true">
                {' '}
              </span>
            )}
            <ins data-change={segment.changeId}>{segment.text}</ins>
          </Fragment>
        ) : (
          <del key={index} data-change={segment.changeId}>
            {segment.text}
          </del>
        ),
      )}
    </>
  );
}

/** A rewritten text: the old one and the new one, each on its own line. */
function BeforeAndAfter({ segments }: { segments: readonly Segment[] }) {
  const { t } = useI18n();
  const side = (type: 'removed' | 'added'): string =>
    segments
      .filter((segment) => segment.type === 'same' || segment.type === type)
      .map((segment) => segment.text)
      .join('');
  return (
    <div className="diff-rewrite" data-rewrite>
      <p className="diff-before">
        <span className="diff-side">{t('compare.before')}</span> <del dir="auto">{side('removed')}</del>
      </p>
      <p className="diff-after">
        <span className="diff-side">{t('compare.after')}</span> <ins dir="auto">{side('added')}</ins>
      </p>
    </div>
  );
}

/** Word by word, or before and after when the text was rewritten. */
function ChangedText({ segments }: { segments: readonly Segment[] }) {
  return isRewrite(segments) ? (
    <BeforeAndAfter segments={segments} />
  ) : (
    <p dir="auto">
      <Segments segments={segments} />
    </p>
  );
}

function Decision({ changeId, review, label }: { changeId: number; review?: ReviewDecisions; label: string }) {
  const { t } = useI18n();
  if (!review) return null;
  const decision = review.decisionOf(changeId);
  return (
    <span
      className="review-decision"
      role="group"
      aria-label={label}
      data-decision={decision === undefined ? 'undecided' : String(decision)}
    >
      <button type="button" aria-pressed={decision === true} onClick={() => review.decide(changeId, true)}>
        {t('review.accept')}
      </button>
      <button type="button" aria-pressed={decision === false} onClick={() => review.decide(changeId, false)}>
        {t('review.reject')}
      </button>
    </span>
  );
}

export function DiffView({ diff, review }: { diff: ArticleDiff; review?: ReviewDecisions }) {
  const { t } = useI18n();
  const summaries = useMemo(() => new Map(diff.changes.map((change) => [change.id, summariseChange(change, diff)])), [diff]);
  const describe = (change: ArticleChange): string => describeChange(summaries.get(change.id)!, t);
  if (diff.changes.length === 0) return <p className="panel-hint">{t('compare.noChanges')}</p>;
  const outsideBody = diff.changes.filter(
    (change) =>
      change.kind !== 'words' && change.kind !== 'blockAdded' && change.kind !== 'blockRemoved' && change.kind !== 'quoteAttribution',
  );
  const attributions = diff.changes.filter(
    (change): change is Extract<ArticleChange, { kind: 'quoteAttribution' }> => change.kind === 'quoteAttribution',
  );

  const changedBlock = (segments: readonly Segment[], blockType: string, place: string): ReactNode => {
    const ids = [...new Set(segments.filter((segment) => segment.changeId !== undefined).map((segment) => segment.changeId!))];
    return (
      <div className="diff-block" data-block={blockType}>
        <ChangedText segments={segments} />
        {ids.map((id) => (
          <Decision key={id} changeId={id} review={review} label={describeEdit(segments, id, place, t)} />
        ))}
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
                  <ChangedText segments={change.segments} />
                </>
              ) : (
                <span>{describe(change)}</span>
              )}
              <Decision
                changeId={change.id}
                review={review}
                label={
                  change.kind === 'field'
                    ? describeEdit(change.segments, change.id, t(`compare.field.${change.field}`), t)
                    : describe(change)
                }
              />
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
                <Tag className="diff-whole" dir="auto">
                  {plainTextOf(row.block)}
                </Tag>
                <Decision changeId={row.changeId} review={review} label={describe(change)} />
              </div>
            );
          }
          const blockIndex = newIndex++;
          const attribution = attributions.find((change) => change.blockNewIndex === blockIndex);
          return (
            <div key={index}>
              {changedBlock(row.segments, row.after.type, t('compare.place.block', { number: blockIndex + 1 }))}
              {attribution && (
                <p className="diff-attribution">
                  {describe(attribution)} <Decision changeId={attribution.id} review={review} label={describe(attribution)} />
                </p>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
