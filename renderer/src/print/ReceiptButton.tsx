import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { DOCUMENT_LABELS, RECEIPT_LAYOUTS, RECEIPT_LAYOUT_LABELS, usesReceiptPrinter } from '../../../shared/documents';
import type { DESK_PAPERS } from '../../../shared/schemas/documents';
import { useTRPC } from '../api/client';
import { errorMessage } from '../api/errors';
import { useDeliverPaper, usePrintAgainAction } from './deliverPaper';
import { PRINT_UI } from './printText';

type Layout = (typeof RECEIPT_LAYOUTS)[number];
type DeskPaper = (typeof DESK_PAPERS)[number];
/** The paper this PC's receipt printer takes, remembered per PC. */
const LAYOUT_KEY = 'desk.receiptLayout';

/** Desk papers are printed again through the 打印 page's procedure. */
export function useDeskPrintAgain() {
  const trpc = useTRPC();
  const printAgain = useMutation(trpc.documents.printAgain.mutationOptions());
  return { printAgain: (documentId: number, route: 'auto' | 'window') => printAgain.mutateAsync({ documentId, route }), pending: printAgain.isPending, variables: printAgain.variables };
}

/** The paper this PC's receipt printer takes. */
export function receiptLayout(): Layout {
  return (localStorage.getItem(LAYOUT_KEY) as Layout | null) ?? 'roll80';
}

/** Issues a paper about a matter (numbered, kept) and gets it printed. */
export function usePrintDocument() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const issue = useMutation(trpc.documents.issue.mutationOptions());
  const { printAgain } = useDeskPrintAgain();
  const deliver = useDeliverPaper(printAgain);

  async function print(kind: DeskPaper, matterId: number, layout: Layout = 'a5') {
    try {
      const doc = await issue.mutateAsync({ kind, matterId, layout });
      await queryClient.invalidateQueries();
      await deliver(doc, `${DOCUMENT_LABELS[kind]} ${doc.number}`, usesReceiptPrinter(kind) ? 'receipt' : 'a4');
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }
  return { print, pending: issue.isPending };
}

/**
 * The paper a matter already holds of this kind: pressing again prints that one again (补打), and a
 * new number comes only after it is voided on the 打印 page.
 */
function useStandingPaper(kind: DeskPaper, matterId: number) {
  const trpc = useTRPC();
  const standing = useQuery(trpc.documents.standing.queryOptions({ matterId }));
  const { printAgain, pending } = useDeskPrintAgain();
  const printAgainAndDeliver = usePrintAgainAction(printAgain);
  const paper = standing.data?.[kind] ?? null;
  return {
    paper,
    loading: standing.isPending,
    pending,
    reprint: () => paper && printAgainAndDeliver(paper.documentId, `${DOCUMENT_LABELS[kind]} ${paper.number}`, usesReceiptPrinter(kind) ? 'receipt' : 'a4'),
  };
}

/** 打印回执, with the paper of this PC's receipt printer; 补打回执 once the matter has one. */
export function ReceiptButton({ matterId }: { matterId: number }) {
  const { print, pending } = usePrintDocument();
  const standing = useStandingPaper('receipt', matterId);
  const [layout, setLayout] = useState<Layout>(receiptLayout);
  if (standing.paper)
    return (
      <Tooltip title={PRINT_UI.standing(DOCUMENT_LABELS.receipt, standing.paper.number)}>
        <Button icon={<PrinterOutlined />} loading={standing.pending} onClick={() => void standing.reprint()}>
          补打回执
        </Button>
      </Tooltip>
    );
  return (
    <Space.Compact>
      <Select
        aria-label="回执纸张"
        value={layout}
        style={{ width: 140 }}
        onChange={(v: Layout) => (setLayout(v), localStorage.setItem(LAYOUT_KEY, v))}
        options={RECEIPT_LAYOUTS.map((l) => ({ value: l, label: RECEIPT_LAYOUT_LABELS[l] }))}
      />
      <Button icon={<PrinterOutlined />} loading={pending} disabled={standing.loading} onClick={() => void print('receipt', matterId, layout)}>
        打印回执
      </Button>
    </Space.Compact>
  );
}

/** What a button calls each A4 desk paper: 打印… / 补打…. */
const SHORT_NAMES: Record<Exclude<DeskPaper, 'receipt'>, string> = {
  notice: '告知书',
  referral_slip: '派单单',
  call_slip: '召集单',
  signoff_record: '签单确认单',
  petition_acceptance: '受理告知书',
  petition_extension: '延期告知书',
  petition_opinion: '处理意见书',
};

/** 打印告知书 / 打印派单单 / the 信访 papers: A4 papers; 补打 of the one the matter (or its referral) holds. */
export function PaperButton({ kind, matterId }: { kind: Exclude<DeskPaper, 'receipt'>; matterId: number }) {
  const { print, pending } = usePrintDocument();
  const standing = useStandingPaper(kind, matterId);
  const name = SHORT_NAMES[kind];
  if (standing.paper)
    return (
      <Tooltip title={PRINT_UI.standing(DOCUMENT_LABELS[kind], standing.paper.number)}>
        <Button icon={<PrinterOutlined />} loading={standing.pending} onClick={() => void standing.reprint()}>
          补打{name}
        </Button>
      </Tooltip>
    );
  return (
    <Button icon={<PrinterOutlined />} loading={pending} disabled={standing.loading} onClick={() => void print(kind, matterId)}>
      打印{name}
    </Button>
  );
}
