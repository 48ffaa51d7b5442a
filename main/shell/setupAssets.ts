import { extname, join, normalize, sep } from 'node:path';

/**
 * The first-run setup page is served to the desktop shell under its own scheme rather than from
 * `file://` (Electron's checklist): a `file://` page may read any file the user can, this scheme
 * only the page's own three files.
 */
export const SETUP_SCHEME = 'desk-setup';
export const SETUP_URL = `${SETUP_SCHEME}://app/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** The file behind a `desk-setup://app/…` address, or null for anything else (other hosts, other folders, other kinds). */
export function setupAsset(url: string, root: string): { path: string; type: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${SETUP_SCHEME}:` || parsed.host !== 'app') return null;
  let name: string;
  try {
    name = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const path = normalize(join(root, name));
  if (!path.startsWith(normalize(root) + sep)) return null;
  const type = TYPES[extname(path)];
  return type ? { path, type } : null;
}
