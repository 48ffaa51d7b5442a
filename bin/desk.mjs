#!/usr/bin/env node
// The `desk` command: the bundled host when built, the TypeScript sources in a checkout.
import { existsSync } from 'node:fs';

const built = new URL('../dist/main/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../main/cli.ts', import.meta.url).href);
}
