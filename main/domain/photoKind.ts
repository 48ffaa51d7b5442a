import type { PhotoKind } from '../../shared/grid';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * What a photo is, by its first bytes: a phone may call a PDF or a video "image", and a renamed
 * file keeps its real kind. Null for anything but a JPEG or a PNG.
 */
export function photoKind(bytes: Uint8Array): PhotoKind | null {
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PNG)) return 'image/png';
  return null;
}
