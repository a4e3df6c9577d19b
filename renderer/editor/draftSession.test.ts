import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/contract/apiError';
import { createTestApi, type TestApi } from '../testing/testApi';
import { paragraphsBody, testDraft } from '../testing/testDraft';
import { DraftSession } from './draftSession';

let testApi: TestApi | undefined;
afterEach(() => {
  testApi?.dispose();
  testApi = undefined;
});

const draft = testDraft({ headline: 'موسكو تدعو', slug: 'موسكو-تدعو', body: paragraphsBody('فقرة') });

function session(save: () => { version: number; updatedAt: string }) {
  const saved: string[] = [];
  testApi = createTestApi({
    'drafts.save': ({ content }) => {
      const answer = { ...save(), status: draft.status };
      saved.push(content.headline);
      return answer;
    },
    'drafts.get': () => ({ ...draft, headline: saved.at(-1) ?? draft.headline, version: draft.version + saved.length }),
  });
  return { current: new DraftSession(testApi.api, draft), saved };
}

describe('an editing session', () => {
  it('keeps the slug following the headline until the editor sets one', () => {
    const { current } = session(() => ({ version: 2, updatedAt: new Date().toISOString() }));
    expect(current.updateFields({ headline: 'موسكو تدعو الشيباني' }).slug).toBe('موسكو-تدعو-الشيباني');
    expect(current.updateFields({ slug: 'رابط-خاص', isSlugEdited: true }).slug).toBe('رابط-خاص');
    expect(current.updateFields({ headline: 'عنوان آخر' }).slug).toBe('رابط-خاص');
    expect(current.content().body).toEqual(draft.body);
  });

  it('settles: saves what is unsaved, then reads the draft from disk', async () => {
    const { current, saved } = session(() => ({ version: 2, updatedAt: new Date().toISOString() }));
    current.updateFields({ headline: 'عنوان محفوظ' });
    const settled = await current.settle();
    expect(saved).toEqual(['عنوان محفوظ']);
    expect(settled).toMatchObject({ headline: 'عنوان محفوظ', version: 2 });
    expect(await current.settleSaved()).toMatchObject({ version: 2 });
  });

  it('tells once when a save moved the draft (an edit to copy-edited text sent back to the copy desk)', async () => {
    const passed = testDraft({ status: 'copyEdited' });
    const answers = ['submitted', 'submitted'] as const;
    let version = passed.version;
    testApi = createTestApi({
      'drafts.save': () => ({ version: ++version, updatedAt: new Date().toISOString(), status: answers[version - 2]! }),
    });
    const moves: string[] = [];
    const current = new DraftSession(testApi.api, passed, (status) => moves.push(status));
    current.updateFields({ headline: 'تعديل أول' });
    await current.autosaver.flush();
    current.updateFields({ headline: 'تعديل ثانٍ' });
    await current.autosaver.flush();
    expect(version).toBe(passed.version + 2);
    expect(moves).toEqual(['submitted']);
  });

  it('settles to nothing for a site when the last words could not be saved', async () => {
    const { current } = session(() => {
      throw new ApiFailure('storage.failed');
    });
    current.updateFields({ headline: 'لم يُحفظ' });
    expect(await current.settle()).toMatchObject({ headline: 'موسكو تدعو' });
    expect(await current.settleSaved()).toBeUndefined();
    current.autosaver.dispose();
  });
});
