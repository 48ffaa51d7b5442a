import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { DOCUMENT_LABELS, RECEIPT_LAYOUTS, RECEIPT_LAYOUT_LABELS, type DocumentKind } from '../../../shared/documents';
import { useTRPC } from '../api/client';
import { errorMessage } from '../api/errors';
import { openPdf } from './openPdf';

type Layout = (typeof RECEIPT_LAYOUTS)[number];
/** The paper this PC's receipt printer takes, remembered per PC. */
const LAYOUT_KEY = 'desk.receiptLayout';

/** Issues a paper about a matter (numbered, kept) and opens it for printing. */
function usePrintDocument() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const issue = useMutation(trpc.documents.issue.mutationOptions());

  async function print(kind: DocumentKind, matterId: number, layout: Layout = 'a5') {
    try {
      const doc = await issue.mutateAsync({ kind, matterId, layout });
      await queryClient.invalidateQueries();
      const { opened, url } = openPdf(doc.pdfBase64);
      const title = `${DOCUMENT_LABELS[kind]} ${doc.number} 已生成`;
      if (opened) void message.success(title);
      else
        modal.info({
          title,
          content: (
            <a href={url} target="_blank" rel="noreferrer">
              浏览器拦截了新窗口，请点此打开并打印
            </a>
          ),
        });
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }
  return { print, pending: issue.isPending };
}

/** 打印回执, with the paper of this PC's receipt printer. */
export function ReceiptButton({ matterId }: { matterId: number }) {
  const { print, pending } = usePrintDocument();
  const [layout, setLayout] = useState<Layout>(() => (localStorage.getItem(LAYOUT_KEY) as Layout | null) ?? 'roll80');
  return (
    <Space.Compact>
      <Select
        aria-label="回执纸张"
        value={layout}
        style={{ width: 140 }}
        onChange={(v: Layout) => (setLayout(v), localStorage.setItem(LAYOUT_KEY, v))}
        options={RECEIPT_LAYOUTS.map((l) => ({ value: l, label: RECEIPT_LAYOUT_LABELS[l] }))}
      />
      <Button icon={<PrinterOutlined />} loading={pending} onClick={() => void print('receipt', matterId, layout)}>
        打印回执
      </Button>
    </Space.Compact>
  );
}

/** 打印告知书 / 打印派单单: A4 papers. */
export function PaperButton({ kind, matterId }: { kind: Exclude<DocumentKind, 'receipt'>; matterId: number }) {
  const { print, pending } = usePrintDocument();
  return (
    <Button icon={<PrinterOutlined />} loading={pending} onClick={() => void print(kind, matterId)}>
      打印{kind === 'notice' ? '告知书' : '派单单'}
    </Button>
  );
}
