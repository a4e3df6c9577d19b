/**
 * One open draft's editing session: the current headline, the body editor once it exists, and
 * the autosaver that writes both. The body's JSON is read only when a save happens.
 */
import type { Editor } from '@tiptap/core';
import type { Draft } from '../../shared/model/draft';
import type { ApiClient } from '../api/apiClient';
import { Autosaver } from './autosaver';

export class DraftSession {
  readonly autosaver: Autosaver;
  private headline: string;
  private editor: Editor | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly draft: Draft,
  ) {
    this.headline = draft.headline;
    this.autosaver = new Autosaver({ baseVersion: draft.version, save: (baseVersion) => this.save(baseVersion) });
  }

  attachEditor(editor: Editor | null): void {
    this.editor = editor ?? undefined;
  }

  setHeadline(headline: string): void {
    this.headline = headline;
    this.autosaver.markChanged();
  }

  markBodyChanged(): void {
    this.autosaver.markChanged();
  }

  private save(baseVersion: number) {
    const body = this.editor && !this.editor.isDestroyed ? (this.editor.getJSON() as Draft['body']) : this.draft.body;
    return this.api.call('drafts.save', { id: this.draft.id, baseVersion, headline: this.headline, body });
  }
}
