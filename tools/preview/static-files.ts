import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** A file inside `root` for a URL path, or null (missing, a directory, or outside root). */
export async function readStaticFile(root: string, urlPath: string): Promise<{ body: Buffer; contentType: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, `.${decoded}`);
  if (!target.startsWith(absoluteRoot + sep)) return null;
  const contentType = MIME_TYPES[extname(target)];
  if (!contentType) return null;
  try {
    return { body: await readFile(target), contentType };
  } catch {
    return null;
  }
}
