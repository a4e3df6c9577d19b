/**
 * How long the outbox waits before trying an item again: exponential backoff with equal jitter.
 * After the n-th failed attempt the wait is about `baseMs · 2^(n-1)`, at most `maxMs`; half of it
 * is fixed and half is random, so many workstations cut off together do not all come back in step.
 * A site that names a wait (Retry-After) gets at least that long, but never more than `maxMs`.
 */

export interface Backoff {
  /** The wait after the first failed attempt (before jitter). */
  baseMs: number;
  /** The longest wait, whatever the attempt count or Retry-After. */
  maxMs: number;
}

/**
 * The wait in milliseconds after `failedAttempts` failed attempts (counts below 1 count as 1).
 * `random` returns a number in [0, 1) (a value outside is clamped); `retryAfterSeconds` is the
 * site's Retry-After, ignored unless it is a positive finite number.
 */
export function retryDelayMs(failedAttempts: number, backoff: Backoff, random: () => number, retryAfterSeconds?: number): number {
  const doublings = failedAttempts > 1 ? Math.min(Math.floor(failedAttempts) - 1, 1_000) : 0;
  // A huge product is Infinity, which min() caps; only a zero base needs the guard against 0 · Infinity.
  const exponential = backoff.baseMs > 0 ? Math.min(backoff.maxMs, backoff.baseMs * 2 ** doublings) : 0;
  const drawn = random();
  const share = drawn > 0 ? Math.min(drawn, 1) : 0;
  const jittered = exponential / 2 + (share * exponential) / 2;
  if (retryAfterSeconds === undefined || !Number.isFinite(retryAfterSeconds) || retryAfterSeconds <= 0) return jittered;
  return Math.max(jittered, Math.min(backoff.maxMs, retryAfterSeconds * 1_000));
}
