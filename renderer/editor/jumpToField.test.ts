// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bodyExtensions } from './bodyExtensions';
import { jumpToBlock, jumpToField, preflightFieldElementIds } from './jumpToField';

let editor: Editor | undefined;
beforeEach(() => {
  // jsdom lays nothing out: the scrolling has nothing to measure, and frames are run at once.
  HTMLElement.prototype.scrollIntoView = vi.fn();
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    callback(0);
    return 0;
  });
});
afterEach(() => {
  editor?.destroy();
  editor = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function mountEditor(): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({
    element,
    extensions: bodyExtensions({ placeholder: '' }),
    content: '<p>فقرة أولى</p><h2>عنوان فرعي</h2><p>فقرة ثانية</p>',
  });
  return editor;
}

describe('jumping to a place in the article', () => {
  it('puts the caret at the start of a block of the body', () => {
    const current = mountEditor();
    jumpToBlock(current, 1);
    expect(current.state.selection.$from.parent.textContent).toBe('عنوان فرعي');
    expect(current.state.selection.$from.parentOffset).toBe(0);
    expect(document.activeElement).toBe(current.view.dom);
    jumpToBlock(current, 9);
    expect(current.state.selection.$from.parent.textContent).toBe('عنوان فرعي');
  });

  it('focuses the field a check named, by the id it is edited in', () => {
    for (const id of Object.values(preflightFieldElementIds)) {
      const input = document.createElement('input');
      input.id = id;
      document.body.append(input);
    }
    jumpToField(null, 'seoDescription');
    expect(document.activeElement?.id).toBe('seo-description');
    jumpToField(null, 'tags');
    expect(document.activeElement?.id).toBe('tags-input');
    jumpToField(null, 'scheduledFor');
    expect(document.activeElement?.id).toBe('publish-scheduled-for');
  });

  it('focuses the related entry a check named, and the body for the body', () => {
    const list = document.createElement('ol');
    list.className = 'related-list';
    list.innerHTML = '<li><input data-entry="1"></li><li><input data-entry="2"></li>';
    document.body.append(list);
    jumpToField(null, 'related', 1);
    expect(document.activeElement?.getAttribute('data-entry')).toBe('2');
    const current = mountEditor();
    jumpToField(current, 'body');
    expect(document.activeElement).toBe(current.view.dom);
  });
});
