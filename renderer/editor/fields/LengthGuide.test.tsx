// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { articleLimits, emptyArticleContent } from '../../../shared/model/article';
import { preflightArticle } from '../../../shared/publishing/preflight';
import { withWesternDigits } from '../../../shared/text/arabicCharacters';
import { renderWithApi, type RenderedWithApi } from '../../testing/renderWithApi';
import { LengthGuide } from './LengthGuide';

let rendered: RenderedWithApi | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  cleanup();
});

/** `unit` repeated `times` times: a headline of known reading length. */
const headlineOf = (unit: string, times: number): string => unit.repeat(times).trim();

describe('the headline guide and the checks before publishing agree', () => {
  const { max, idealMin, idealMax } = articleLimits.headline;
  it.each([
    // tashkeel: each letter with its mark is one character
    ['tashkeel at the limit', headlineOf('مَ', max)],
    ['tashkeel over the limit', headlineOf('مَ', max + 1)],
    // emoji sequences and flags count once each
    ['emoji at the limit', headlineOf('👩‍👩‍👧', max)],
    ['emoji over the limit', headlineOf('👩‍👩‍👧', max + 1)],
    ['flags over the limit', headlineOf('🇸🇾', max + 1)],
    // Latin words with Arabic
    ['Latin and Arabic, long', headlineOf('NATO قمة ', Math.ceil((idealMax + 1) / 9))],
    ['Latin and Arabic, over', headlineOf('NATO قمة ', Math.ceil((max + 1) / 9))],
    ['short, fully vocalised', headlineOf('مُحَمَّدٌ ', 3)],
    ['good, with spaces around', `  ${headlineOf('قِمَّةُ دِمَشْقَ ', Math.ceil(idealMin / 16) + 1)}  `],
  ])('%s', async (_case, headline) => {
    rendered = renderWithApi(<LengthGuide id="guide" text={headline} limits={articleLimits.headline} isWordCountShown />);
    const guide = rendered.container.querySelector('#guide')!;
    const problems = preflightArticle({ ...emptyArticleContent(), headline }, { status: 'draft' }).filter(
      (problem) => problem.field === 'headline',
    );
    const checked = problems[0]?.messageKey ?? 'none';
    const expectedState = {
      'preflight.headlineOverLimit': 'over',
      'preflight.headlineLong': 'long',
      'preflight.headlineShort': 'short',
      none: 'good',
    }[checked as string];
    expect(guide.getAttribute('data-state')).toBe(expectedState);
    const shownCount = Number(/\d+/.exec(withWesternDigits(guide.textContent ?? ''))?.[0]);
    if (problems[0]?.params?.count !== undefined) expect(shownCount).toBe(problems[0].params.count);
    expect(rendered.unhandledCalls.filter((call) => call !== 'settings.get')).toEqual([]);
  });
});
