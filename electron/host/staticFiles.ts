/**
 * Maps a URL path to a file of the built renderer, for both hosts. Paths that leave the folder,
 * hidden files and unknown types are refused; `/` is the app's page.
 */
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface StaticFile {
  filePath: string;
  contentType: string;
  /** Whether the file name carries a content hash, so it may be cached for good. */
  isImmutable: boolean;
}

/** The file to serve for `urlPath` inside `root`, or undefined when there is none or it is refused. */
export async function resolveStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((part) => part.startsWith('.'))) return undefined;
  const rootPath = resolve(root);
  const filePath = resolve(rootPath, relative);
  if (!filePath.startsWith(rootPath + sep)) return undefined;
  const contentType = contentTypes[extname(filePath).toLowerCase()];
  if (!contentType) return undefined;
  try {
    if (!(await stat(filePath)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return { filePath, contentType, isImmutable: relative.startsWith('assets/') };
}
