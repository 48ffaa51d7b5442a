import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { errorMessage } from '../api/errors';
import { PRINT_UI } from './printText';
import { bridge, localPrinter, type PaperSize } from './localPrinter';
import { openPdf } from './openPdf';
import type { RouterOutputs } from '../api/client';

export type PrintedDocument = RouterOutputs['documents']['issue'];
export type PrintAgain = (documentId: number, route: 'auto' | 'window') => Promise<PrintedDocument>;

/**
 * Puts an issued paper in the clerk's hands: the host already sent it to the counter's printer, or
 * this PC prints it (silently through the shell's bridge, or in the browser's print dialog). A
 * printer that failed is said in Chinese, with the way out: print here instead, or later.
 */
export function useDeliverPaper(printAgain: PrintAgain) {
  const { message, modal } = App.useApp();

  async function printHere(doc: PrintedDocument, label: string, paper: PaperSize) {
    const printer = localPrinter(paper);
    if (bridge && printer) {
      try {
        await bridge.printPdf(Uint8Array.from(atob(doc.pdfBase64), (c) => c.charCodeAt(0)), { printer, copies: doc.copies });
        void message.success(PRINT_UI.sentTo(label, printer));
        return;
      } catch (err) {
        void message.error(PRINT_UI.bridgeFailed(printer, (err as Error).message));
      }
    }
    const { opened, url } = openPdf(doc.pdfBase64);
    if (opened) void message.success(PRINT_UI.opened(label, doc.copies));
    else
      modal.info({
        title: PRINT_UI.opened(label, doc.copies),
        content: (
          <a href={url} target="_blank" rel="noreferrer">
            {PRINT_UI.popupBlocked}
          </a>
        ),
      });
  }

  return async function deliver(doc: PrintedDocument, label: string, paper: PaperSize): Promise<void> {
    if (doc.printError) {
      modal.confirm({
        title: PRINT_UI.notPrinted(label),
        content: doc.printError,
        okText: PRINT_UI.printHere,
        cancelText: PRINT_UI.later,
        onOk: async () => {
          try {
            await printHere(await printAgain(doc.documentId, 'window'), label, paper);
          } catch (err) {
            void message.error(errorMessage(err));
          }
        },
      });
      return;
    }
    if (doc.printer) void message.success(PRINT_UI.sentTo(label, doc.printer));
    else await printHere(doc, label, paper);
  };
}

/** 重新打印 / 补打 of a saved paper: printed again, the lists refreshed, the paper delivered; a failure said. */
export function usePrintAgainAction(printAgain: PrintAgain) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const deliver = useDeliverPaper(printAgain);
  return async function printAgainAndDeliver(documentId: number, label: string, paper: PaperSize): Promise<void> {
    try {
      const doc = await printAgain(documentId, 'auto');
      await queryClient.invalidateQueries();
      await deliver(doc, label, paper);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
}
