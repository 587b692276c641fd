import path from 'node:path';
import { cspHeader } from '@shared/ipc/csp';

/** Content-Security-Policy sent with every app:// response (the one policy: shared/ipc/csp.json). */
export const CSP = cspHeader();

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
};

export function mimeFor(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app://candor/... URL to a file inside `root`, or null when the URL is foreign or
 * would escape `root` (path traversal, encoded or not).
 */
export function resolveAppPath(root: string, url: string, paths: path.PlatformPath = path): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'app:' || u.host !== 'candor') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const base = paths.resolve(root);
  // posix.normalize removes `..` segments, but on Windows a backslash is a separator too: the
  // root check below is what keeps `..\..\` inside the renderer folder.
  const resolved = paths.resolve(base, '.' + path.posix.normalize(pathname));
  if (resolved !== base && !resolved.startsWith(base + paths.sep)) return null;
  return resolved;
}
