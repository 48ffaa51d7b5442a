import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SETUP_URL, setupAsset } from './setupAssets';

describe('the setup page’s own scheme', () => {
  const root = join('/opt', 'desk', 'resources', 'setup');
  it('serves the page’s files and nothing else', () => {
    expect(setupAsset(SETUP_URL, root)).toEqual({ path: join(root, 'index.html'), type: 'text/html; charset=utf-8' });
    expect(setupAsset('desk-setup://app/setup.js', root)?.type).toBe('text/javascript; charset=utf-8');
    expect(setupAsset('desk-setup://app/../../data/desk.sqlite', root)).toBeNull();
    expect(setupAsset('desk-setup://app/%2e%2e/%2e%2e/data/tls/ca.key', root)).toBeNull();
    expect(setupAsset('desk-setup://app/tls/host.key', root)).toBeNull();
    expect(setupAsset('desk-setup://other/index.html', root)).toBeNull();
    expect(setupAsset('file:///opt/desk/resources/setup/index.html', root)).toBeNull();
    expect(setupAsset('desk-setup://app/%E0%A4%A', root)).toBeNull();
  });
});
