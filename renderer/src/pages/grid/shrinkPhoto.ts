import { MAX_PHOTO_BYTES } from '../../../../shared/grid';

const LONGEST_SIDE = 1280;

function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

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
  const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.82, 0.65, 0.5, 0.35]) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (blob && blob.size <= MAX_PHOTO_BYTES) {
      const base64 = await toBase64(blob);
      return { base64, preview: `data:image/jpeg;base64,${base64}` };
    }
  }
  return { error: `“${file.name}”压缩后仍超过 ${MAX_PHOTO_BYTES / 1024} KB，请重新拍摄` };
}
