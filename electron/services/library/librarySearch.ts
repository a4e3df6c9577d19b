/**
 * Searching the library: the index finds the drafts (every word must match, the last as a
 * prefix; headline matches first, then the newest), the filter narrows them, and the first
 * results carry the passage that matched, read from their files.
 */
import { readFile } from 'node:fs/promises';
import type { Draft } from '../../../shared/model/draft';
import { matchesDraftFilter, type DraftFilter, type SearchResult } from '../../../shared/model/library';
import { plainTextOf } from '../../../shared/model/plainText';
import { queryTerms } from '../../../shared/search/arabicNormaliser';
import { searchPassage } from '../../../shared/search/searchPassage';
import type { KnownDrafts } from './knownDrafts';
import type { LibraryLayout } from './libraryLayout';

export interface SearchOptions {
  /** At most this many results (default 100). */
  limit?: number;
  /** The first this many results carry their passage (default 20). */
  snippetCount?: number;
}

export async function searchLibrary(
  known: KnownDrafts,
  layout: LibraryLayout,
  query: string,
  filter: DraftFilter,
  { limit = 100, snippetCount = 20 }: SearchOptions,
): Promise<{ results: SearchResult[]; total: number }> {
  const hits = known.search(query, (id) => {
    const summary = known.summary(id);
    return !!summary && matchesDraftFilter(summary, filter);
  });
  const terms = queryTerms(query);
  const results: SearchResult[] = [];
  for (const [position, hit] of hits.slice(0, limit).entries()) {
    // A draft may have left the library while earlier passages were read.
    const summary = known.summary(hit.id);
    if (!summary) continue;
    const snippet = position < snippetCount ? await passageOf(layout, hit.id, terms).catch(() => undefined) : undefined;
    results.push({ summary, isHeadlineMatch: hit.isHeadlineMatch, ...(snippet ? { snippet } : {}) });
  }
  return { results, total: hits.length };
}

/** The passage around the first match. The file is read as JSON without validating it: the text is only shown. */
async function passageOf(layout: LibraryLayout, id: string, terms: readonly string[]): Promise<SearchResult['snippet']> {
  const document = JSON.parse(await readFile(layout.draftFile(id), 'utf8')) as Partial<Draft>;
  const blocks = [document.standfirst ?? '', ...(document.body?.content ?? []).map((node) => plainTextOf(node))];
  return searchPassage(blocks, terms);
}
