import type { DeskBridge } from '../../../shared/bridge';

/** The desktop shell's print bridge; a browser on another PC has none and prints through its dialog. */
export const bridge: DeskBridge | null = (window as unknown as { deskBridge?: DeskBridge }).deskBridge ?? null;

export type PaperSize = 'receipt' | 'a4';

const key = (paper: PaperSize) => `desk.localPrinter.${paper}`;

/** The printer of this PC that the shell prints to silently, when the counter has none on the host. */
export function localPrinter(paper: PaperSize): string {
  return bridge ? (localStorage.getItem(key(paper)) ?? '') : '';
}

export function setLocalPrinter(paper: PaperSize, name: string): void {
  if (name) localStorage.setItem(key(paper), name);
  else localStorage.removeItem(key(paper));
}
