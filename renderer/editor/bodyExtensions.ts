/**
 * The body editor's extensions: StarterKit (without code, which news copy does not use), article
 * headings (H2, H3), links limited to http(s) and mailto, quotes with speakers, typographic
 * quotes, physical-key shortcuts and a placeholder.
 */
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import { isAllowedLinkTarget } from '../../shared/model/article';
import { PhysicalKeyShortcuts } from './extensions/physicalKeyShortcuts';
import { Quote } from './extensions/quote';
import { TypographicQuotes } from './extensions/typographicQuotes';

export interface BodyExtensionOptions {
  placeholder: string;
  onLinkRequest?: () => void;
}

export function bodyExtensions({ placeholder, onLinkRequest }: BodyExtensionOptions): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      blockquote: false,
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => isAllowedLinkTarget(url),
        shouldAutoLink: (url) => isAllowedLinkTarget(url.includes(':') ? url : `https://${url}`),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    Quote,
    TypographicQuotes,
    PhysicalKeyShortcuts.configure({ onLinkRequest: onLinkRequest ?? (() => {}) }),
    Placeholder.configure({ placeholder }),
  ];
}
