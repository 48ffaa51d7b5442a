import { MAX_MATERIAL_BYTES } from '../../../../shared/grid';

/** Why no camera picture: said in Chinese, with the way on (choose a file instead). */
export function cameraFailure(err: unknown): string {
  const name = err instanceof DOMException ? err.name : '';
  if (!navigator.mediaDevices?.getUserMedia) return '此页面不是安全连接（HTTPS），浏览器不允许使用摄像头；请用主机发给本机的 HTTPS 地址打开，或改为“选择图片文件”。';
  if (name === 'NotAllowedError' || name === 'SecurityError') return '没有允许使用摄像头：请在浏览器地址栏左侧允许摄像头，或改为“选择图片文件”。';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return '没有找到摄像头或高拍仪：请检查 USB 线，或改为“选择图片文件”。';
  if (name === 'NotReadableError') return '摄像头正被其他程序占用（如高拍仪自带软件）：请关闭后重试，或改为“选择图片文件”。';
  return '打开摄像头没有成功，请重试，或改为“选择图片文件”。';
}

/**
 * The picture as kept: the source (a video frame or an image) with `trim` (0–0.2) cut from every
 * edge — the table around the paper — at most 2000 px on its longest side, as JPEG at the best
 * quality that fits the host's limit.
 */
export async function pictureOf(source: CanvasImageSource & { width?: number; height?: number; videoWidth?: number; videoHeight?: number }, trim: number): Promise<string | null> {
  const w = source.videoWidth || source.width || 0;
  const h = source.videoHeight || source.height || 0;
  if (!w || !h) return null;
  const sx = Math.round(w * trim);
  const sy = Math.round(h * trim);
  const cw = w - 2 * sx;
  const ch = h - 2 * sy;
  const scale = Math.min(1, 2000 / Math.max(cw, ch));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(cw * scale);
  canvas.height = Math.round(ch * scale);
  canvas.getContext('2d')?.drawImage(source, sx, sy, cw, ch, 0, 0, canvas.width, canvas.height);
  for (const quality of [0.88, 0.75, 0.6, 0.45]) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (blob && blob.size <= MAX_MATERIAL_BYTES) {
      const buffer = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < buffer.length; i += 0x8000) binary += String.fromCharCode(...buffer.subarray(i, i + 0x8000));
      return btoa(binary);
    }
  }
  return null;
}
