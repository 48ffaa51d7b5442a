/**
 * Shows a PDF from the host in a new tab, where the browser's own print dialog prints it (a PC
 * without the desktop shell's print bridge prints this way). Returns false when the browser
 * blocked the new tab, so the page can offer a link instead.
 */
export function openPdf(base64: string): { opened: boolean; url: string } {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const tab = window.open(url, '_blank');
  return { opened: tab !== null, url };
}
