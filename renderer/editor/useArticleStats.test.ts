// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as plainText from '../../shared/model/plainText';
import { sumTextStats, textStats } from '../../shared/text/textCounts';
import { paragraphsBody } from '../testing/testDraft';
import { useArticleStats } from './useArticleStats';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

const body = paragraphsBody('أعلنت روسيا اليوم دعوة رسمية للوزير.', 'وأكد الوزير أهمية الزيارة المقبلة.');
const bodyStats = textStats(plainText.plainTextOf(body));
const expected = (headline: string, standfirst: string) => sumTextStats([textStats(`${headline}\n${standfirst}`), bodyStats]);

describe('the open article’s counts', () => {
  it('count the headline, the standfirst and the body, and a headline change does not re-read the body', () => {
    const readBody = vi.spyOn(plainText, 'plainTextOf');
    const { result, rerender } = renderHook(({ headline }) => useArticleStats(headline, 'مقدمة قصيرة', body), {
      initialProps: { headline: 'موسكو تدعو' },
    });
    expect(result.current).toEqual(expected('موسكو تدعو', 'مقدمة قصيرة'));
    expect(result.current.words).toBe(2 + 2 + 11);
    const readsAfterOpening = readBody.mock.calls.length;
    rerender({ headline: 'موسكو تدعو الشيباني' });
    expect(result.current).toEqual(expected('موسكو تدعو الشيباني', 'مقدمة قصيرة'));
    expect(readBody.mock.calls.length).toBe(readsAfterOpening);
  });
});
