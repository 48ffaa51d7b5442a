import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { residentId } from './people';

/** The card the stand-in reader holds: 张读卡, born 1986-03-15 in 夏县. */
export const STANDIN_CARD = {
  name: '张读卡',
  idNumber: residentId('14082819860315001'),
  address: '山西省夏县南大里乡南大里村三组18号',
  department: '夏县公安局',
};

/** The environment variable the stand-in reads at each call: '' a card, 'absent' none, 'unplug' fails mid-read, 'expired' an expired card, 'no_reader' nothing on the port. */
export const STANDIN_MODE = 'STANDIN_READER_MODE';

/** GBK bytes as C escapes: the stand-in hands out text as the vendors' libraries do. */
let gbkTable: Map<string, number[]> | null = null;
function gbkEscaped(text: string): string {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) if (lo !== 0x7f) gbkTable.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
  }
  const bytes = [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (gbkTable!.get(ch) ?? [0x3f])));
  return bytes.map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
}

/**
 * Builds, with gcc, a shared library with the termb interface of the ID card readers (the same C
 * functions as the vendors' libraries), answering with the card above. Loaded through the same FFI
 * code as a real reader's library; the tests steer it with STANDIN_READER_MODE.
 */
export function buildStandinReader(dir = mkdtempSync(join(tmpdir(), 'desk-reader-'))): string {
  const field = (name: string, value: string) => `int ${name}(char *buf, int *len) { return give(buf, len, "${gbkEscaped(value)}"); }`;
  const source = `
#include <stdlib.h>
#include <string.h>
static const char *mode(void) { const char *m = getenv("${STANDIN_MODE}"); return m ? m : ""; }
static int give(char *buf, int *len, const char *text) {
  int n = (int)strlen(text);
  if (*len < n + 1) return 0;
  memcpy(buf, text, n + 1);
  *len = n;
  return 1;
}
int CVR_InitComm(int port) { return strcmp(mode(), "no_reader") == 0 ? 0 : (port == 1001 ? 1 : 0); }
int CVR_Authenticate(void) { return strcmp(mode(), "absent") == 0 ? 0 : 1; }
int CVR_Read_Content(int active) { (void)active; return strcmp(mode(), "unplug") == 0 ? -1 : 1; }
int CVR_CloseComm(void) { return 1; }
int GetCertType(char *buf, int *len) { return give(buf, len, " "); }
${field('GetPeopleName', STANDIN_CARD.name)}
${field('GetPeopleSex', '男')}
${field('GetPeopleNation', '汉')}
${field('GetPeopleBirthday', '19860315')}
${field('GetPeopleAddress', STANDIN_CARD.address)}
${field('GetPeopleIDCode', STANDIN_CARD.idNumber)}
${field('GetDepartment', STANDIN_CARD.department)}
${field('GetStartDate', '20160301')}
/* The card photo as a BMP (here 2 × 2 pixels, 24-bit), as GetBMPData hands it over. */
static const unsigned char PHOTO[] = {
  'B','M', 70,0,0,0, 0,0,0,0, 54,0,0,0, 40,0,0,0, 2,0,0,0, 2,0,0,0, 1,0, 24,0, 0,0,0,0, 16,0,0,0, 0x13,0x0b,0,0, 0x13,0x0b,0,0, 0,0,0,0, 0,0,0,0,
  0x40,0x60,0xc0, 0x40,0x60,0xc0, 0,0, 0x40,0x60,0xc0, 0x40,0x60,0xc0, 0,0 };
int GetBMPData(unsigned char *buf, int *len) {
  if (*len < (int)sizeof(PHOTO)) return 0;
  memcpy(buf, PHOTO, sizeof(PHOTO));
  *len = (int)sizeof(PHOTO);
  return 1;
}
int GetEndDate(char *buf, int *len) { return give(buf, len, strcmp(mode(), "expired") == 0 ? "20260301" : "20360301"); }
`;
  const c = join(dir, 'termb-standin.c');
  const so = join(dir, 'libtermb-standin.so');
  writeFileSync(c, source);
  execFileSync('gcc', ['-shared', '-fPIC', '-O2', '-o', so, c]);
  return so;
}
