/**
 * The pages the app's editor is measured against, built from the editor's own HTML as the app
 * shows it, served on the app's own origin (so the built stylesheet and fonts load as they do in
 * the app) by intercepting one address in the browser:
 * - the clean page: that HTML in a bare contenteditable, with the app's stylesheet and fonts and no
 *   script at all — what the browser itself needs to edit the same text with the same look;
 * - the StarterKit page: the same HTML in TipTap with StarterKit only (same stylesheet, same
 *   direction), so the cost of the app's own extensions, panels and layout shows apart.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from '@playwright/test';

/** What the app's page shows of the body: its HTML and the width of its frame. */
export interface EditorSnapshot {
  html: string;
  frameWidth: number;
}

/** The built stylesheet's address, as the app's index.html links it. */
async function stylesheetHref(): Promise<string> {
  const index = await readFile(resolve('out/renderer/index.html'), 'utf8');
  const href = /<link rel="stylesheet"[^>]*href="\.?\/?([^"]+)"/.exec(index)?.[1];
  if (!href) throw new Error('no stylesheet in out/renderer/index.html: run `npm run build`');
  return `/${href}`;
}

/** TipTap with StarterKit only, as one script that starts an editor on `#frame` with `window.benchHtml`. */
async function starterKitScript(): Promise<string> {
  const bundled = await build({
    stdin: {
      contents: `
        import { Editor } from '@tiptap/core';
        import StarterKit from '@tiptap/starter-kit';
        new Editor({
          element: document.getElementById('frame'),
          extensions: [StarterKit],
          content: document.getElementById('content').innerHTML,
          editorProps: { attributes: { class: 'body-editor', role: 'textbox', 'aria-multiline': 'true' } },
        });
        document.getElementById('content').remove();`,
      resolveDir: resolve('.'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return bundled.outputFiles[0]!.text;
}

function page(stylesheet: string, width: number, inner: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="stylesheet" href="${stylesheet}"></head>
<body><main style="inline-size: ${width}px; margin-inline: auto; padding-block: 2rem">${inner}</main></body></html>`;
}

export interface BaselinePages {
  /** Serves both pages in `context` (which must already hold the host's cookie); returns their addresses. */
  serve(context: BrowserContext, origin: string, snapshot: EditorSnapshot): Promise<{ clean: string; starterKit: string }>;
}

export async function baselinePages(): Promise<BaselinePages> {
  const [stylesheet, script] = await Promise.all([stylesheetHref(), starterKitScript()]);
  return {
    async serve(context, origin, { html, frameWidth }) {
      const clean = page(
        stylesheet,
        frameWidth,
        `<div class="body-editor-frame" dir="rtl"><div class="body-editor" contenteditable="true" role="textbox">${html}</div></div>`,
      );
      // The HTML waits in a hidden element (never laid out) until the editor reads it.
      const starterKit = page(
        stylesheet,
        frameWidth,
        `<div class="body-editor-frame" id="frame" dir="rtl"></div><div id="content" hidden>${html}</div><script>${script.replace(/<\/script/gi, '<\\/script')}</script>`,
      );
      await context.route(`${origin}/bench/clean.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: clean }));
      await context.route(`${origin}/bench/starter-kit.html`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: starterKit }),
      );
      return { clean: `${origin}/bench/clean.html`, starterKit: `${origin}/bench/starter-kit.html` };
    },
  };
}
