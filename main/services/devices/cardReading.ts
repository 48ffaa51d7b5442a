import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema';
import { maskIdNumber } from '../../../shared/identity/idNumber';
import type { CardReaderSettings, cardReaderInput, readCardInput } from '../../../shared/schemas/devices';
import { DEVICE_MSG } from '../../../shared/text/messages';
import { chinaDay } from '../../../shared/time';
import { DeskError } from '../../domain/errors';
import { isLoopback } from '../../domain/hostNames';
import { personFromCard, type CardPerson } from '../../domain/idCard';
import { ReaderError, TermbReader } from '../../devices/termbReader';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { putSetting, readSetting } from '../settings';

const KEY = 'devices.card_reader';
const NOT_SET: CardReaderSettings = { libraryPath: '', port: 1001, keepPhoto: false };

/** `photo`: the card's photo as a data URL, for the clerk to compare with the face before them. */
export type CardRead = { status: 'no_card' } | { status: 'same' } | { status: 'card'; person: CardPerson; photo: string | null; warning: string | null };

/** The photos of the cards read lately, by number: a registration within 30 minutes may keep its visitor's. */
const recentPhotos = new Map<string, { photo: Uint8Array; at: number }>();
const PHOTO_KEPT_MS = 30 * 60_000;

/**
 * Inside a registration's transaction: where the centre keeps card photos, the photo of this
 * number's card read lately is kept with the visitor (the latest read replaces an earlier one).
 */
export async function keepCardPhoto(trx: Kysely<Database>, visitorId: number, idNumber: string, now: Date): Promise<void> {
  const read = recentPhotos.get(idNumber.toUpperCase());
  if (!read || now.getTime() - read.at > PHOTO_KEPT_MS) return;
  if (!(await cardReaderSettings({ db: trx })).keepPhoto) return;
  const values = { photo: Buffer.from(read.photo), sha256: createHash('sha256').update(read.photo).digest('hex'), read_at: new Date(read.at).toISOString() };
  await trx.insertInto('visitor_photo').values({ visitor_id: visitorId, ...values }).onConflict((oc) => oc.column('visitor_id').doUpdateSet(values)).execute();
}

/** A library once loaded stays loaded (unloading one a thread may still use would crash the host). */
const loaded = new Map<string, TermbReader>();
/** The card lying on the reader now, so that polling fills the form once per card laid on it. */
let onReader: string | null = null;

function toDeskError(err: unknown, settings: CardReaderSettings): never {
  if (!(err instanceof ReaderError)) throw err;
  switch (err.failure) {
    case 'library_missing':
      throw new DeskError('conflict', DEVICE_MSG.library_missing(settings.libraryPath));
    case 'no_reader':
      throw new DeskError('conflict', DEVICE_MSG.no_reader(settings.port));
    default:
      throw new DeskError('conflict', DEVICE_MSG[err.failure]);
  }
}

async function readerAt(settings: CardReaderSettings): Promise<TermbReader> {
  const ready = loaded.get(settings.libraryPath);
  if (ready) return ready;
  try {
    const reader = await TermbReader.load(settings.libraryPath);
    loaded.set(settings.libraryPath, reader);
    return reader;
  } catch (err) {
    return toDeskError(err, settings);
  }
}

export async function cardReaderSettings(ctx: Pick<ServiceContext, 'db'>): Promise<CardReaderSettings> {
  return { ...NOT_SET, ...(await readSetting<Partial<CardReaderSettings>>(ctx.db, KEY)) };
}

/** The admin sets where the library is; it is loaded at once, so a wrong one is told now, not at the counter. */
export async function setCardReader(ctx: ServiceContext, actor: Actor, input: z.output<typeof cardReaderInput>): Promise<void> {
  if (input.libraryPath !== '') await readerAt(input);
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, KEY, input);
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'devices.card_reader', entity: 'setting', detail: input });
  });
  ctx.events.publish({ type: 'settings.changed' });
}

/** Whether this window may read cards: a reader is set and the window runs on the host PC it hangs on. */
export async function cardReaderReady(ctx: ServiceContext, clientAddress: string): Promise<boolean> {
  return (await cardReaderSettings(ctx)).libraryPath !== '' && isLoopback(clientAddress);
}

/**
 * 读卡: the card on the host's reader, as the form takes it. The whole number comes to the window
 * that read it (it fills the form the clerk would type it into); each read is audited with the
 * number masked.
 */
export async function readCard(ctx: ServiceContext, actor: Actor, clientAddress: string, input: z.output<typeof readCardInput>): Promise<CardRead> {
  const settings = await cardReaderSettings(ctx);
  if (settings.libraryPath === '') throw new DeskError('conflict', DEVICE_MSG.notSet);
  if (!isLoopback(clientAddress)) throw new DeskError('forbidden', DEVICE_MSG.notHere);
  let raw;
  try {
    raw = await (await readerAt(settings)).read(settings.port);
  } catch (err) {
    onReader = null;
    return toDeskError(err, settings);
  }
  if (!raw) {
    onReader = null;
    return { status: 'no_card' };
  }
  if (input.fresh && onReader === raw.idCode) return { status: 'same' };
  onReader = raw.idCode;
  const now = ctx.clock.now();
  const person = personFromCard(raw, chinaDay(now));
  if (raw.photo) {
    for (const [number, r] of recentPhotos) if (now.getTime() - r.at > PHOTO_KEPT_MS) recentPhotos.delete(number);
    recentPhotos.set(person.idNumber, { photo: raw.photo, at: now.getTime() });
  }
  await ctx.db.transaction().execute((trx) => recordAudit(trx, now, { actorId: actor.userId, action: 'card.read', entity: 'visitor', detail: { idNumber: maskIdNumber(person.idNumber), idType: person.idType, expired: person.expired } }));
  return { status: 'card', person, photo: raw.photo ? `data:image/bmp;base64,${Buffer.from(raw.photo).toString('base64')}` : null, warning: person.expired && person.validTo !== 'long' && person.validTo ? DEVICE_MSG.expired(person.validTo) : null };
}
