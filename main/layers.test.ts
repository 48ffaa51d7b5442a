import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rule of eslint.config.js, run by ESLint itself on a few lines placed in a folder. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('layers, by allow-list', () => {
  it('let a layer import what its list names', async () => {
    expect(await problems('main/services/probe.ts', "import { DeskError } from '../domain/errors';\nexport const e = DeskError;\n")).toEqual([]);
    expect(await problems('renderer/src/probe.ts', "import type { AppRouter } from '../../main/api/router';\nexport type R = AppRouter;\n")).toEqual([]);
  });

  it('refuse anything else, and name the list', async () => {
    expect(await problems('main/domain/probe.ts', "import type { Database } from '../db/schema';\nexport type D = Database;\n")).toEqual(['main/domain/ may import only shared, main/domain; not main/db/ (tools/eslint-layers.js).']);
    expect(await problems('main/services/probe.ts', "import { startHost } from '../host';\nexport const s = startHost;\n")).toEqual([expect.stringContaining('not main/(top)/')]);
    expect(await problems('renderer/src/probe.ts', "import { appRouter } from '../../main/api/router';\nexport const r = appRouter;\n")).toEqual([expect.stringContaining('import type from main/api/router at most')]);
    expect(await problems('main/api/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([expect.stringContaining('Only main/electron/ imports Electron')]);
  });

  it('keep a folder nobody has placed out of every layer', async () => {
    expect(await problems('main/newthing/probe.ts', "import { DeskError } from '../domain/errors';\nexport const e = DeskError;\n")).toEqual([expect.stringContaining('is not in the layer table')]);
  });
});
