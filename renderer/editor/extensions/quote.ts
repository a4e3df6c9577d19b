/**
 * A quotation with its speaker: the quoted text (paragraphs), the speaker, the speaker's role or
 * source, and a variant (an ordinary quote or a pull quote). In HTML it is
 * `figure.quote > blockquote + figcaption > cite`, the same shape the shared renderer publishes,
 * and pasted `<blockquote>`s from web pages become quotes too.
 */
import { Node, mergeAttributes, wrappingInputRule } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { QuoteView } from '../QuoteView';

export type QuoteVariant = 'quote' | 'pull';

export interface QuoteAttributes {
  speaker: string;
  role: string;
  variant: QuoteVariant;
}

export interface QuoteOptions {
  /** Extra attributes on the rendered `<figure>`. Default: none. */
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quote: {
      /** Wraps the selected blocks in a quote (a pull quote with `{ variant: 'pull' }`). */
      setQuote: (attributes?: Partial<QuoteAttributes>) => ReturnType;
      /** Wraps the selection in a quote, or lifts it out of one. */
      toggleQuote: (attributes?: Partial<QuoteAttributes>) => ReturnType;
    };
  }
}

/** Typing `> ` at the start of a line starts a quote. */
export const quoteInputRegex = /^\s*>\s$/;

const captionText = (element: HTMLElement, selector: string): string => element.querySelector(selector)?.textContent?.trim() ?? '';

export const Quote = Node.create<QuoteOptions>({
  name: 'quote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addAttributes() {
    return {
      speaker: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-speaker') ?? captionText(element, 'figcaption cite, cite, footer'),
        renderHTML: () => ({}),
      },
      role: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-role') ?? captionText(element, '.quote-role'),
        renderHTML: () => ({}),
      },
      variant: {
        default: 'quote',
        parseHTML: (element) =>
          element.getAttribute('data-variant') === 'pull' || element.classList.contains('pull-quote') ? 'pull' : 'quote',
        renderHTML: (attributes) => ({ 'data-variant': attributes.variant === 'pull' ? 'pull' : 'quote' }),
      },
    };
  },

  parseHTML() {
    return [
      { tag: 'figure.quote', contentElement: 'blockquote' },
      { tag: 'figure.pull-quote', contentElement: 'blockquote' },
      { tag: 'figure[data-type="quote"]', contentElement: 'blockquote' },
      { tag: 'blockquote' },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { speaker, role, variant } = node.attrs as QuoteAttributes;
    const caption: Array<string | [string, Record<string, string>, string]> = [];
    if (speaker) caption.push(['cite', {}, speaker]);
    if (role) caption.push(['span', { class: 'quote-role' }, role]);
    return [
      'figure',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        class: variant === 'pull' ? 'quote pull-quote' : 'quote',
        'data-type': 'quote',
      }),
      ['blockquote', 0],
      ['figcaption', {}, ...caption],
    ];
  },

  addNodeView() {
    return ReactNodeViewRenderer(QuoteView);
  },

  addCommands() {
    return {
      setQuote:
        (attributes = {}) =>
        ({ commands }) =>
          commands.wrapIn(this.name, attributes),
      toggleQuote:
        (attributes = {}) =>
        ({ commands }) =>
          commands.toggleWrap(this.name, attributes),
    };
  },

  addInputRules() {
    return [wrappingInputRule({ find: quoteInputRegex, type: this.type })];
  },
});
