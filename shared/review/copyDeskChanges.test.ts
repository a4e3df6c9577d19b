import { describe, expect, it } from 'vitest';
import type { RevisionSummary } from '../model/revision';
import { copyEditedSubmission, lastSubmission } from './copyDeskChanges';

let serial = 0;
const revision = (kind: RevisionSummary['kind'], status: RevisionSummary['status']): RevisionSummary => ({
  id: `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
  draftId: '00000000-0000-4000-8000-000000000000',
  createdAt: '2026-12-02T10:00:00.000Z',
  author: 'ريم',
  kind,
  message: '',
  status,
  draftVersion: serial,
});

describe('what the copy desk did', () => {
  it('finds the last submission', () => {
    const first = revision('statusChange', 'submitted');
    const second = revision('statusChange', 'submitted');
    expect(lastSubmission([revision('manual', 'draft'), first, revision('statusChange', 'draft'), second])).toBe(second);
    expect(lastSubmission([revision('manual', 'draft')])).toBeUndefined();
  });

  it('names the submission only once the copy desk has worked on it since', () => {
    const submitted = revision('statusChange', 'submitted');
    expect(copyEditedSubmission([submitted])).toBeUndefined();
    expect(copyEditedSubmission([submitted, revision('manual', 'submitted')])).toBeUndefined();
    expect(copyEditedSubmission([submitted, revision('statusChange', 'inCopyEdit')])).toBe(submitted);
    expect(copyEditedSubmission([submitted, revision('review', 'inCopyEdit')])).toBe(submitted);
    // Sent again after the desk's work: that text has not been copy edited yet.
    expect(copyEditedSubmission([submitted, revision('review', 'inCopyEdit'), revision('statusChange', 'submitted')])).toBeUndefined();
  });
});
