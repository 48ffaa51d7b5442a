/** Bytes as base64, in slices (a spread of a whole photo would overflow the call stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface JpegFit {
  /** Cut from every edge, as a share of the side (0–0.2): the table around a paper. */
  trim: number;
  /** The longest side of the result, in pixels. */
  longest: number;
  /** The most the host keeps. */
  maxBytes: number;
  /** Tried in turn, best first, until the picture fits. */
  qualities: readonly number[];
}

/**
 * A picture drawn again as JPEG that the host will keep: trimmed, no larger than `longest`, at the
 * best of `qualities` that fits `maxBytes`. Base64, or null when nothing fits or there is no picture.
 */
export async function jpegWithin(source: CanvasImageSource & { width?: number; height?: number; videoWidth?: number; videoHeight?: number }, fit: JpegFit): Promise<string | null> {
  const w = source.videoWidth || source.width || 0;
  const h = source.videoHeight || source.height || 0;
  if (!w || !h) return null;
  const sx = Math.round(w * fit.trim);
  const sy = Math.round(h * fit.trim);
  const cw = w - 2 * sx;
  const ch = h - 2 * sy;
  const scale = Math.min(1, fit.longest / Math.max(cw, ch));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(cw * scale));
  canvas.height = Math.max(1, Math.round(ch * scale));
  canvas.getContext('2d')?.drawImage(source, sx, sy, cw, ch, 0, 0, canvas.width, canvas.height);
  for (const quality of fit.qualities) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (blob && blob.size <= fit.maxBytes) return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
  }
  return null;
}
