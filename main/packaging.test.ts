import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The installers are built elsewhere (no Electron binary here); their security settings are checked as written. */
describe('the packaged shell', () => {
  const config = readFileSync('electron-builder.yml', 'utf8');
  const fuse = (name: string) => new RegExp(`^\\s+${name}: (true|false)$`, 'm').exec(config)?.[1];

  it('burns the security fuses into the binary', () => {
    expect({
      runAsNode: fuse('runAsNode'),
      enableNodeOptionsEnvironmentVariable: fuse('enableNodeOptionsEnvironmentVariable'),
      enableNodeCliInspectArguments: fuse('enableNodeCliInspectArguments'),
      enableCookieEncryption: fuse('enableCookieEncryption'),
      enableEmbeddedAsarIntegrityValidation: fuse('enableEmbeddedAsarIntegrityValidation'),
      onlyLoadAppFromAsar: fuse('onlyLoadAppFromAsar'),
      grantFileProtocolExtraPrivileges: fuse('grantFileProtocolExtraPrivileges'),
    }).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('pins an Electron major that still receives security fixes (45 or later)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    expect(Number(pkg.devDependencies['electron']!.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
