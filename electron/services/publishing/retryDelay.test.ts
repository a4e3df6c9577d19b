import { describe, expect, it } from 'vitest';
import { retryDelayMs, type Backoff } from './retryDelay';

const standard: Backoff = { baseMs: 2_000, maxMs: 5 * 60_000 };

describe('retryDelayMs', () => {
  it.each([
    // failed attempts, random, expected: half of base · 2^(n-1) fixed, the other half scaled by random
    { attempts: 1, random: 0, expected: 1_000 },
    { attempts: 1, random: 0.5, expected: 1_500 },
    { attempts: 1, random: 1, expected: 2_000 },
    { attempts: 2, random: 0, expected: 2_000 },
    { attempts: 2, random: 0.25, expected: 2_500 },
    { attempts: 3, random: 0.5, expected: 6_000 },
    { attempts: 8, random: 0, expected: 128_000 },
    { attempts: 8, random: 1, expected: 256_000 },
    // 2 s · 2^8 = 512 s is over the 5 min cap: the cap is what gets jittered
    { attempts: 9, random: 0, expected: 150_000 },
    { attempts: 9, random: 1, expected: 300_000 },
    { attempts: 50, random: 0.5, expected: 225_000 },
    { attempts: 5_000, random: 1, expected: 300_000 },
    // counts below one (an item never tried) wait like the first failure
    { attempts: 0, random: 0.5, expected: 1_500 },
    { attempts: -3, random: 0.5, expected: 1_500 },
    { attempts: Number.NaN, random: 0.5, expected: 1_500 },
    // a random() outside [0, 1) is clamped, so the wait stays between half and all of the exponential
    { attempts: 1, random: -2, expected: 1_000 },
    { attempts: 1, random: 7, expected: 2_000 },
    { attempts: 1, random: Number.NaN, expected: 1_000 },
  ])('after $attempts failed attempts with random $random: $expected ms', ({ attempts, random, expected }) => {
    expect(retryDelayMs(attempts, standard, () => random)).toBe(expected);
  });

  it.each([
    // failed attempts, random, Retry-After (s), expected
    { attempts: 1, random: 0.5, retryAfter: 30, expected: 30_000, why: 'the site asked for longer than the backoff' },
    { attempts: 1, random: 0.5, retryAfter: 1, expected: 1_500, why: 'the backoff is longer than the site asked' },
    { attempts: 1, random: 0.5, retryAfter: 1.5, expected: 1_500, why: 'exactly what the site asked' },
    { attempts: 1, random: 0.5, retryAfter: 2.25, expected: 2_250, why: 'fractions of a second are kept' },
    { attempts: 1, random: 0, retryAfter: 3_600, expected: 300_000, why: 'an hour is more than the cap' },
    { attempts: 9, random: 1, retryAfter: 3_600, expected: 300_000, why: 'the cap holds for a capped backoff too' },
    { attempts: 1, random: 0.5, retryAfter: 0, expected: 1_500, why: 'zero is no wait named' },
    { attempts: 1, random: 0.5, retryAfter: -5, expected: 1_500, why: 'a negative value is ignored' },
    { attempts: 1, random: 0.5, retryAfter: Number.NaN, expected: 1_500, why: 'an unreadable value is ignored' },
    { attempts: 1, random: 0.5, retryAfter: Number.POSITIVE_INFINITY, expected: 1_500, why: 'an infinite value is ignored' },
  ])('Retry-After $retryAfter s after $attempts failed attempts: $expected ms ($why)', ({ attempts, random, retryAfter, expected }) => {
    expect(retryDelayMs(attempts, standard, () => random, retryAfter)).toBe(expected);
  });

  it.each([
    { backoff: { baseMs: 100, maxMs: 1_500 }, attempts: 4, random: 0.5, expected: 600 },
    { backoff: { baseMs: 100, maxMs: 1_500 }, attempts: 5, random: 0.5, expected: 1_125 },
    { backoff: { baseMs: 5_000, maxMs: 1_000 }, attempts: 1, random: 0, expected: 500 },
    { backoff: { baseMs: 0, maxMs: 1_000 }, attempts: 2_000, random: 0.5, expected: 0 },
  ])('with base $backoff.baseMs and cap $backoff.maxMs, after $attempts: $expected ms', ({ backoff, attempts, random, expected }) => {
    expect(retryDelayMs(attempts, backoff, () => random)).toBe(expected);
  });

  it('stays between half and all of the capped exponential, and never over the cap, whatever random() draws', () => {
    for (let attempts = 1; attempts <= 20; attempts++) {
      const exponential = Math.min(standard.maxMs, standard.baseMs * 2 ** (attempts - 1));
      for (const random of [0, 0.001, 0.3, 0.7, 0.999]) {
        const waitMs = retryDelayMs(attempts, standard, () => random);
        expect(waitMs).toBeGreaterThanOrEqual(exponential / 2);
        expect(waitMs).toBeLessThanOrEqual(exponential);
        expect(waitMs).toBeLessThanOrEqual(standard.maxMs);
      }
    }
  });

  it('draws random() once per delay', () => {
    let draws = 0;
    retryDelayMs(3, standard, () => {
      draws++;
      return 0.5;
    });
    expect(draws).toBe(1);
  });
});
