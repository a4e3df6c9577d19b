/**
 * Taking the user to a place in the open article: a block of the body (an outline entry) or the
 * field a check before publishing named. The caller shows the form first; fields are focused in
 * the next frame, once it is shown.
 */
import type { Editor } from '@tiptap/core';
import type { PreflightField } from '../../shared/publishing/preflight';

/** The element each checked field is edited in (the body and related articles are found otherwise). */
export const preflightFieldElementIds: Record<Exclude<PreflightField, 'body' | 'related'>, string> = {
  workflow: 'workflow-bar',
  section: 'section',
  headline: 'headline',
  standfirst: 'standfirst',
  byline: 'byline',
  tags: 'tags-input',
  slug: 'slug',
  seoDescription: 'seo-description',
  scheduledFor: 'publish-scheduled-for',
};

/** Puts the caret at the start of the body's top-level block `blockIndex` and scrolls it to the middle; nothing if there is none. */
export function jumpToBlock(editor: Editor, blockIndex: number): void {
  let position: number | undefined;
  editor.state.doc.forEach((_node, offset, index) => {
    if (index === blockIndex) position = offset + 1;
  });
  if (position === undefined) return;
  editor.chain().focus().setTextSelection(position).scrollIntoView().run();
  const element = editor.view.nodeDOM(position - 1);
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'center' });
}

/** Focuses the field a check named: for `related`, the first input of entry `index` (or the panel's title). */
export function jumpToField(editor: Editor | null, field: PreflightField, index?: number): void {
  if (field === 'body') {
    editor?.chain().focus().scrollIntoView().run();
    return;
  }
  const element =
    field === 'related'
      ? (document.querySelectorAll<HTMLElement>('.related-list > li')[index ?? 0]?.querySelector<HTMLElement>('input') ??
        document.getElementById('related-title'))
      : document.getElementById(preflightFieldElementIds[field]);
  requestAnimationFrame(() => {
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  });
}
