/** The body editor's extensions: StarterKit with the article's heading levels, and a placeholder. */
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';

export function bodyExtensions(placeholder: string): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] },
    }),
    Placeholder.configure({ placeholder }),
  ];
}
