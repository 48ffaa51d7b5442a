/**
 * What the desktop shell adds to the page as `window.deskBridge`: only printing and file dialogs.
 * A browser on another PC has no bridge and prints the PDF through its own dialog instead.
 */
export interface DeskBridge {
  listPrinters(): Promise<string[]>;
  /** Prints a PDF silently on a named printer of this PC. */
  printPdf(pdf: Uint8Array, options: { printer: string; copies: number }): Promise<void>;
  /** Asks where to save and writes the file; null when the clerk cancels. */
  saveFile(data: Uint8Array, suggestedName: string): Promise<string | null>;
  /** Asks for a file to open and returns its bytes; null when the clerk cancels. */
  openFile(filters: { name: string; extensions: string[] }[]): Promise<{ name: string; data: Uint8Array } | null>;
}

export const BRIDGE_CHANNELS = {
  listPrinters: 'desk:list-printers',
  printPdf: 'desk:print-pdf',
  saveFile: 'desk:save-file',
  openFile: 'desk:open-file',
} as const;

/** What the first-run window sends back. */
export type ShellSetup =
  | { mode: 'host'; centreName: string; adminUser: string; adminPassword: string; lan: boolean }
  | { mode: 'terminal'; address: string; code: string; name: string };

export const SETUP_CHANNEL = 'desk:setup';
/** Why the first-run window is shown again (a revoked pairing), or null. */
export const SETUP_NOTICE_CHANNEL = 'desk:setup-notice';
