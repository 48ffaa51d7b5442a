import { MAX_MATERIAL_BYTES } from '../../../../shared/grid';
import { jpegWithin } from '../../forms/jpeg';

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
export function pictureOf(source: Parameters<typeof jpegWithin>[0], trim: number): Promise<string | null> {
  return jpegWithin(source, { trim, longest: 2000, maxBytes: MAX_MATERIAL_BYTES, qualities: [0.88, 0.75, 0.6, 0.45] });
}
