/** What the printing parts of the interface say. */
export const PRINT_UI = {
  sentTo: (label: string, printer: string) => `${label} 已送打印机“${printer}”`,
  opened: (label: string, copies: number) => `${label} 已生成，请在打开的页面中打印${copies > 1 ? `（共需 ${copies} 份）` : ''}`,
  popupBlocked: '浏览器拦截了新窗口，请点此打开并打印',
  notPrinted: (label: string) => `${label} 已保存，但没有打印出来`,
  printHere: '改用本机打印',
  later: '稍后在“打印”页重新打印',
  bridgeFailed: (printer: string, why: string) => `本机打印机“${printer}”没有接收文书（${why}），已改为在页面中打开。`,
  waiting: '待打印',
  printAgain: '重新打印',
  reprint: '补打',
  localPrinters: '本机打印机',
  localHint: '本机没有在“设置 · 窗口”中指定主机打印机时，文书直接送到这里选的打印机；不选则在页面中打开，用浏览器打印。',
  receiptPrinter: '回执打印机',
  a4Printer: 'A4 打印机',
  none: '不指定（在页面中打开打印）',
  windowPrinter: '窗口打印',
} as const;
