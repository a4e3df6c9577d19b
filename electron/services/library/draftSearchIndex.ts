/**
 * The library's full-text index: for every search term (see searchTerms: Arabic folding, with and
 * without the definite article), the drafts that contain it. Kept compact on purpose — posting
 * lists are plain arrays of small integers (typed arrays once loaded from disk) — because a
 * general-purpose index measured 691 MB and 5.7 s to load for a 10,000-draft library (README).
 * Queries: every word must match; the last word matches as a prefix (results while typing);
 * drafts whose headline holds the words rank first, then the most recently updated.
 */
import { normaliseArabic, queryTerms, searchTerms } from '../../../shared/search/arabicNormaliser';

export interface IndexableDraft {
  id: string;
  updatedAt: string;
  headline: string;
  /** Everything else that is searched: standfirst, body text, tags, byline. */
  text: string;
}

export interface SearchHit {
  id: string;
  isHeadlineMatch: boolean;
}

export interface SerialisedSearchIndex {
  ids: string[];
  updatedAt: string[];
  headlines: string[];
  terms: string;
  counts: number[];
  postings: Uint32Array;
}

const maxPrefixExpansions = 400;

export class DraftSearchIndex {
  private ids: string[] = [];
  private updatedAt: string[] = [];
  /** Folded headlines, for ranking. */
  private headlines: string[] = [];
  private slotOf = new Map<string, number>();
  private postings = new Map<string, number[] | Uint32Array>();
  /** How many terms each slot put in the posting lists (to know when compacting pays). */
  private slotTermCounts: number[] = [];
  private livePostings = 0;
  private deadPostings = 0;
  private sortedTerms: string[] = [];

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /**
   * Adds a draft, or replaces what was indexed for it. A replaced draft's old slot is only marked
   * dead (queries skip it), so a save costs the draft's own terms, not the whole index; dead
   * entries are compacted away once they make up a quarter of the postings.
   */
  upsert(draft: IndexableDraft): void {
    this.remove(draft.id);
    const slot = this.ids.length;
    this.ids.push(draft.id);
    this.updatedAt.push(draft.updatedAt);
    this.headlines.push(normaliseArabic(draft.headline));
    this.slotOf.set(draft.id, slot);
    const terms = new Set(searchTerms(`${draft.headline}\n${draft.text}`));
    this.slotTermCounts.push(terms.size);
    this.livePostings += terms.size;
    for (const term of terms) {
      let list = this.postings.get(term);
      if (list === undefined) {
        list = [];
        this.postings.set(term, list);
        this.insertSortedTerm(term);
      } else if (list instanceof Uint32Array) {
        list = Array.from(list);
        this.postings.set(term, list);
      }
      list.push(slot);
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.ids[slot] = '';
    this.headlines[slot] = '';
    this.slotOf.delete(id);
    this.livePostings -= this.slotTermCounts[slot]!;
    this.deadPostings += this.slotTermCounts[slot]!;
    if (this.deadPostings > 10_000 && this.deadPostings > this.livePostings / 3) this.compact();
  }

  /** Renumbers the live slots densely and drops every dead posting. */
  compact(): void {
    const next = DraftSearchIndex.deserialise(this.serialise());
    Object.assign(this, next);
  }

  /** Drafts that hold every word of the query, headline matches first, then newest first. */
  search(query: string, options: { isAllowed?: (id: string) => boolean } = {}): SearchHit[] {
    const words = queryTerms(query);
    if (words.length === 0) return [];
    const hits = new Uint16Array(this.ids.length);
    let round = 0;
    for (const [index, word] of words.entries()) {
      const isLast = index === words.length - 1;
      const lists = isLast ? this.prefixLists(word) : [this.postings.get(word) ?? []];
      for (const list of lists) {
        for (const slot of list) if (hits[slot] === round) hits[slot] = round + 1;
      }
      round++;
    }
    const matched: SearchHit[] = [];
    for (let slot = 0; slot < hits.length; slot++) {
      if (hits[slot] !== round) continue;
      const id = this.ids[slot]!;
      if (!id || (options.isAllowed && !options.isAllowed(id))) continue;
      const headline = this.headlines[slot]!;
      matched.push({ id, isHeadlineMatch: words.every((word) => headline.includes(word)) });
    }
    // ISO timestamps sort as plain strings; localeCompare would cost more than the search itself.
    const updated = new Map(matched.map((hit) => [hit.id, this.updatedAt[this.slotOf.get(hit.id)!]!]));
    return matched.sort((a, b) => {
      if (a.isHeadlineMatch !== b.isHeadlineMatch) return a.isHeadlineMatch ? -1 : 1;
      const left = updated.get(a.id)!;
      const right = updated.get(b.id)!;
      return left < right ? 1 : left > right ? -1 : 0;
    });
  }

  /** The live part of the index, densely renumbered, ready to be written. */
  serialise(): SerialisedSearchIndex {
    const newSlot = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const updatedAt: string[] = [];
    const headlines: string[] = [];
    this.ids.forEach((id, slot) => {
      if (!id) return;
      newSlot[slot] = ids.length;
      ids.push(id);
      updatedAt.push(this.updatedAt[slot]!);
      headlines.push(this.headlines[slot]!);
    });
    const terms: string[] = [];
    const counts: number[] = [];
    const chunks: number[] = [];
    for (const [term, list] of this.postings) {
      let count = 0;
      for (const slot of list) {
        const renumbered = newSlot[slot]!;
        if (renumbered >= 0) {
          chunks.push(renumbered);
          count++;
        }
      }
      if (count === 0) continue;
      terms.push(term);
      counts.push(count);
    }
    return { ids, updatedAt, headlines, terms: terms.join('\n'), counts, postings: Uint32Array.from(chunks) };
  }

  /** Rebuilds an index from its serialised form; throws if the parts do not fit together. */
  static deserialise(data: SerialisedSearchIndex): DraftSearchIndex {
    const index = new DraftSearchIndex();
    const terms = data.terms === '' ? [] : data.terms.split('\n');
    if (terms.length !== data.counts.length) throw new Error('index terms and counts differ');
    if (data.ids.length !== data.updatedAt.length || data.ids.length !== data.headlines.length) throw new Error('index documents differ');
    index.ids = data.ids;
    index.updatedAt = data.updatedAt;
    index.headlines = data.headlines;
    index.slotTermCounts = data.ids.map(() => 0);
    data.ids.forEach((id, slot) => {
      if (!id) throw new Error('index has an empty slot');
      index.slotOf.set(id, slot);
    });
    let offset = 0;
    for (const [position, term] of terms.entries()) {
      const count = data.counts[position]!;
      if (offset + count > data.postings.length) throw new Error('index postings are short');
      const list = data.postings.subarray(offset, offset + count);
      offset += count;
      index.postings.set(term, list);
      for (const slot of list) {
        if (slot >= data.ids.length) throw new Error('index posting out of range');
        index.slotTermCounts[slot]!++;
      }
    }
    if (offset !== data.postings.length) throw new Error('index postings are long');
    index.livePostings = data.postings.length;
    index.sortedTerms = [...terms].sort();
    return index;
  }

  private prefixLists(prefix: string): Array<number[] | Uint32Array> {
    const lists: Array<number[] | Uint32Array> = [];
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sortedTerms[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let position = low; position < this.sortedTerms.length && lists.length < maxPrefixExpansions; position++) {
      const term = this.sortedTerms[position]!;
      if (!term.startsWith(prefix)) break;
      const list = this.postings.get(term);
      if (list && list.length > 0) lists.push(list);
    }
    return lists;
  }

  private insertSortedTerm(term: string): void {
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sortedTerms[middle]! < term) low = middle + 1;
      else high = middle;
    }
    this.sortedTerms.splice(low, 0, term);
  }
}
