import { bridge } from './localPrinter';

/** The type of an Excel workbook, as the exports hand it to `saveFile`. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves a file: through the desktop shell's save dialog, or as a browser download. False when the clerk cancelled. */
export async function saveFile(base64: string, fileName: string, type: string): Promise<boolean> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  if (bridge) return (await bridge.saveFile(bytes, fileName)) !== null;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([bytes], { type }));
  a.download = fileName;
  a.click();
  return true;
}
