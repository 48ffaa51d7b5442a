import { MAX_PHOTO_BYTES } from '../../../../shared/grid';
import { jpegWithin } from '../../forms/jpeg';

/**
 * A phone's photo is 3–10 MB; the host keeps at most MAX_PHOTO_BYTES. The page draws it again at
 * 1280 px on its longest side as JPEG, lowering the quality until it fits. What the phone cannot
 * draw is not a picture: the 网格员 is told so, and the host checks the bytes again.
 */
export async function shrinkPhoto(file: File): Promise<{ base64: string; preview: string } | { error: string }> {
  if (!file.type.startsWith('image/')) return { error: `“${file.name}”不是图片，请选择照片（JPG、PNG）` };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { error: `“${file.name}”无法识别为图片，请重新拍摄` };
  }
  const base64 = await jpegWithin(bitmap, { trim: 0, longest: 1280, maxBytes: MAX_PHOTO_BYTES, qualities: [0.82, 0.65, 0.5, 0.35] });
  bitmap.close();
  if (base64 === null) return { error: `“${file.name}”压缩后仍超过 ${MAX_PHOTO_BYTES / 1024} KB，请重新拍摄` };
  return { base64, preview: `data:image/jpeg;base64,${base64}` };
}
