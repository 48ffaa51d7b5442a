import { existsSync } from 'node:fs';
import type { LibraryHandle } from 'koffi';
import type { RawCard } from '../domain/idCard';

/** Why the reader could not give a card, each said to the clerk in Chinese by the caller. */
export type ReaderFailure = 'library_missing' | 'library_wrong_arch' | 'library_not_termb' | 'no_reader' | 'read_failed';

export class ReaderError extends Error {
  constructor(
    readonly failure: ReaderFailure,
    readonly detail: string,
  ) {
    super(`${failure}: ${detail}`);
  }
}

type Call = { async(...args: unknown[]): void };

/** One call on a libuv worker thread: a reader can take a second to answer, the host must not wait on it. */
function callAsync<T>(fn: Call, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => fn.async(...args, (err: unknown, result: T) => (err ? reject(err) : resolve(result))));
}

const TEXT_FIELDS = {
  name: 'GetPeopleName',
  sex: 'GetPeopleSex',
  nation: 'GetPeopleNation',
  birthday: 'GetPeopleBirthday',
  address: 'GetPeopleAddress',
  idCode: 'GetPeopleIDCode',
  department: 'GetDepartment',
  startDate: 'GetStartDate',
  endDate: 'GetEndDate',
} as const;

const gbk = new TextDecoder('gb18030');

/**
 * A second-generation ID card reader through its vendor's library, by the termb interface most
 * readers ship (华视 CVR-100 and the readers that copy it): CVR_InitComm(port), CVR_Authenticate,
 * CVR_Read_Content, then one GetPeople… call per field (GBK text into the caller's buffer), and
 * CVR_CloseComm. Every call runs on a worker thread.
 */
export class TermbReader {
  private readonly fns: Record<string, Call>;
  private readonly certType: Call | null;
  private readonly photo: Call | null;

  private constructor(lib: LibraryHandle) {
    const declare = (proto: string): Call => {
      try {
        return lib.func(proto) as unknown as Call;
      } catch (err) {
        throw new ReaderError('library_not_termb', (err as Error).message);
      }
    };
    this.fns = {
      init: declare('int CVR_InitComm(int port)'),
      authenticate: declare('int CVR_Authenticate()'),
      read: declare('int CVR_Read_Content(int active)'),
      close: declare('int CVR_CloseComm()'),
      ...Object.fromEntries(Object.values(TEXT_FIELDS).map((name) => [name, declare(`int ${name}(_Out_ uint8_t *buf, _Inout_ int *len)`)])),
    };
    // Not every reader's library knows the residence permits: without GetCertType it is a resident card.
    let certType: Call | null = null;
    try {
      certType = lib.func('int GetCertType(_Out_ uint8_t *buf, _Inout_ int *len)') as unknown as Call;
    } catch {
      certType = null;
    }
    this.certType = certType;
    // Not every library hands the photo over in memory (some write zp.bmp beside themselves): without it, none.
    let photo: Call | null = null;
    try {
      photo = lib.func('int GetBMPData(_Out_ uint8_t *buf, _Inout_ int *len)') as unknown as Call;
    } catch {
      photo = null;
    }
    this.photo = photo;
  }

  /** The card photo, if the library gives one and it is a BMP; null otherwise. */
  private async bmp(): Promise<Uint8Array | null> {
    if (!this.photo) return null;
    const buf = Buffer.alloc(64 * 1024);
    const len = [buf.length];
    if ((await callAsync<number>(this.photo, buf, len)) !== 1) return null;
    const bytes = buf.subarray(0, Math.max(0, Math.min(len[0] ?? 0, buf.length)));
    return bytes[0] === 0x42 && bytes[1] === 0x4d ? Uint8Array.from(bytes) : null;
  }

  /**
   * Loads the vendor's library; refuses one that is absent, built for another machine, or not termb.
   * koffi itself is loaded here, not at the host's start: most hosts have no reader.
   */
  static async load(libraryPath: string): Promise<TermbReader> {
    if (!existsSync(libraryPath)) throw new ReaderError('library_missing', libraryPath);
    const koffi = (await import('koffi')).default;
    let lib: LibraryHandle;
    try {
      lib = koffi.load(libraryPath);
    } catch (err) {
      const message = (err as Error).message;
      // glibc: "wrong ELF class: ELFCLASS32", "ELF file's phentsize…"; Windows: "%1 is not a valid Win32 application".
      const wrongArch = /ELFCLASS|wrong ELF|machine|not a valid Win32|architecture|invalid ELF/i.test(message);
      throw new ReaderError(wrongArch ? 'library_wrong_arch' : 'library_not_termb', message);
    }
    return new TermbReader(lib);
  }

  private async text(fn: Call): Promise<string> {
    const buf = Buffer.alloc(256);
    const len = [buf.length];
    const ok = await callAsync<number>(fn, buf, len);
    if (ok !== 1) return '';
    const end = Math.max(0, Math.min(len[0] ?? 0, buf.length));
    // Some libraries count the terminating zero, some do not: the text ends at the first zero.
    const zero = buf.subarray(0, end).indexOf(0);
    return gbk.decode(buf.subarray(0, zero >= 0 ? zero : end));
  }

  /** One read: the card's fields, or null when no card lies on the reader. The port is closed again. */
  async read(port: number): Promise<RawCard | null> {
    if ((await callAsync<number>(this.fns.init!, port)) !== 1) throw new ReaderError('no_reader', `CVR_InitComm(${port})`);
    try {
      if ((await callAsync<number>(this.fns.authenticate!)) !== 1) return null;
      if ((await callAsync<number>(this.fns.read!, 4)) !== 1) throw new ReaderError('read_failed', 'CVR_Read_Content');
      const card = { certType: this.certType ? await this.text(this.certType) : '' } as RawCard;
      for (const [field, fn] of Object.entries(TEXT_FIELDS)) card[field as keyof typeof TEXT_FIELDS] = await this.text(this.fns[fn]!);
      // A card lifted during the read leaves the number empty: not a card to fill the form with.
      if (card.idCode.trim() === '') throw new ReaderError('read_failed', 'empty id');
      card.photo = await this.bmp();
      return card;
    } finally {
      await callAsync<number>(this.fns.close!).catch(() => 0);
    }
  }
}
