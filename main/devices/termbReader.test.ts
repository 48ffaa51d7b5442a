import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildStandinReader, STANDIN_CARD, STANDIN_MODE } from '../testing/standinReader';
import { tempDir } from '../testing/testHost';
import { ReaderError, TermbReader } from './termbReader';

let library: string;
beforeAll(() => {
  library = buildStandinReader();
});
afterEach(() => {
  delete process.env[STANDIN_MODE];
});

const failureOf = async (run: () => unknown) => {
  try {
    await run();
  } catch (err) {
    return err instanceof ReaderError ? err.failure : `not a ReaderError: ${String(err)}`;
  }
  return 'no failure';
};

describe('the termb reader through FFI, on a stand-in library', () => {
  it('reads the card’s GBK text fields and its photo', async () => {
    const card = await (await TermbReader.load(library)).read(1001);
    expect(Buffer.from(card!.photo!).subarray(0, 2).toString()).toBe('BM');
    expect(card!.photo!.length).toBe(70);
    expect({ ...card, photo: undefined }).toEqual({
      photo: undefined,
      certType: ' ',
      name: STANDIN_CARD.name,
      sex: '男',
      nation: '汉',
      birthday: '19860315',
      address: STANDIN_CARD.address,
      idCode: STANDIN_CARD.idNumber,
      department: STANDIN_CARD.department,
      startDate: '20160301',
      endDate: '20360301',
    });
  });

  it('says when no card lies on it, and tells a missing reader from a read that fails', async () => {
    const reader = await TermbReader.load(library);
    process.env[STANDIN_MODE] = 'absent';
    expect(await reader.read(1001)).toBeNull();
    process.env[STANDIN_MODE] = 'unplug';
    expect(await failureOf(() => reader.read(1001))).toBe('read_failed');
    process.env[STANDIN_MODE] = '';
    expect(await failureOf(() => reader.read(2))).toBe('no_reader');
  });

  it('refuses a library that is absent, not a library of this machine, or not the termb interface', async () => {
    expect(await failureOf(() => TermbReader.load('/nowhere/libtermb.so'))).toBe('library_missing');
    const dir = tempDir();
    // A 32-bit ELF header: what a reader's x86 library looks like to a 64-bit host.
    const elf32 = Buffer.alloc(64);
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1]).copy(elf32);
    writeFileSync(join(dir, 'lib32.so'), elf32);
    expect(await failureOf(() => TermbReader.load(join(dir, 'lib32.so')))).toBe('library_wrong_arch');
    // A real library of this machine that is something else (a printer's, a scanner's).
    writeFileSync(join(dir, 'other.c'), 'int PrintPage(int n) { return n; }\n');
    execFileSync('gcc', ['-shared', '-fPIC', '-o', join(dir, 'libother.so'), join(dir, 'other.c')]);
    expect(await failureOf(() => TermbReader.load(join(dir, 'libother.so')))).toBe('library_not_termb');
  });
});
