/**
 * How a field's length stands against the desk's limits (articleLimits): one verdict, shown by
 * the editor's length guide and enforced by the checks before publishing, on one count
 * (countFieldCharacters), so the two never disagree.
 */
import { countFieldCharacters } from '../text/textCounts';

export interface LengthLimits {
  /** Shorter than this (and not empty) is short: a warning. */
  idealMin?: number;
  /** Longer than this is long: a warning. */
  idealMax?: number;
  /** Longer than this is over the limit: an error. */
  max: number;
}

export type LengthVerdict = 'empty' | 'short' | 'good' | 'long' | 'over';

/** The field's length in characters as a reader sees them, and its verdict. */
export function fieldLength(text: string, limits: LengthLimits): { length: number; verdict: LengthVerdict } {
  const length = countFieldCharacters(text);
  const verdict: LengthVerdict =
    length === 0
      ? 'empty'
      : length > limits.max
        ? 'over'
        : limits.idealMax !== undefined && length > limits.idealMax
          ? 'long'
          : limits.idealMin !== undefined && length < limits.idealMin
            ? 'short'
            : 'good';
  return { length, verdict };
}
