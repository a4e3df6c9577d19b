/**
 * The library as the panel shows it: the drafts matching the search text and filters, kept
 * current by the `drafts.changed` event. Typing in the search box asks as you type (a short
 * pause apart); an answer that arrives after a newer question is dropped.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../shared/contract/apiError';
import type { ArticleStatus } from '../../shared/model/article';
import type { DraftSummary } from '../../shared/model/draft';
import type { DraftFilter, SearchSnippet } from '../../shared/model/library';
import { useApi } from '../api/ApiProvider';

export interface LibraryQuery {
  text: string;
  statuses: ArticleStatus[];
  section: string;
  author?: string;
  tag?: string;
  updatedFrom?: string;
  updatedTo?: string;
}

export interface LibraryItem {
  summary: DraftSummary;
  isHeadlineMatch?: boolean;
  snippet?: SearchSnippet;
}

export type LibraryState =
  { status: 'loading' } | { status: 'ready'; items: LibraryItem[]; total: number } | { status: 'failed'; error: ApiError };

const searchDelayMs = 120;
const refreshDelayMs = 250;

export function useLibraryQuery(query: LibraryQuery): LibraryState {
  const api = useApi();
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const requestNumber = useRef(0);
  const { text, section, author = '', tag = '', updatedFrom = '', updatedTo = '' } = query;
  const statuses = query.statuses.join(',');

  useEffect(() => {
    const filter: DraftFilter = {};
    if (statuses) filter.statuses = statuses.split(',') as ArticleStatus[];
    if (section) filter.section = section;
    if (author.trim()) filter.author = author.trim();
    if (tag.trim()) filter.tag = tag.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(updatedFrom)) filter.updatedFrom = updatedFrom;
    if (/^\d{4}-\d{2}-\d{2}$/.test(updatedTo)) filter.updatedTo = updatedTo;
    const load = async (): Promise<void> => {
      const number = ++requestNumber.current;
      if (text.trim()) {
        const result = await api.call('drafts.search', { query: text, filter, limit: 500 });
        if (number !== requestNumber.current) return;
        setState(
          result.ok
            ? { status: 'ready', items: result.value.results, total: result.value.total }
            : { status: 'failed', error: result.error },
        );
      } else {
        const result = await api.call('drafts.list', { filter });
        if (number !== requestNumber.current) return;
        setState(
          result.ok
            ? { status: 'ready', items: result.value.drafts.map((summary) => ({ summary })), total: result.value.drafts.length }
            : { status: 'failed', error: result.error },
        );
      }
    };
    const first = setTimeout(() => void load(), text.trim() ? searchDelayMs : 0);
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    // Saves come in bursts while someone types; one refresh per burst is enough.
    const stop = api.on('drafts.changed', () => {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void load(), refreshDelayMs);
    });
    return () => {
      clearTimeout(first);
      clearTimeout(refreshTimer);
      stop();
    };
  }, [api, text, statuses, section, author, tag, updatedFrom, updatedTo]);

  return state;
}
