import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { RECEIPT_LAYOUTS, RECEIPT_LAYOUT_LABELS } from '../../../shared/documents';
import { useTRPC } from '../api/client';
import { errorMessage } from '../api/errors';
import { openPdf } from './openPdf';

type Layout = (typeof RECEIPT_LAYOUTS)[number];
/** The paper this PC's receipt printer takes, remembered per PC. */
const LAYOUT_KEY = 'desk.receiptLayout';

/** 打印回执 for one matter: numbers it, keeps the PDF, and opens it for printing. */
export function ReceiptButton({ matterId, label = '打印回执' }: { matterId: number; label?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [layout, setLayout] = useState<Layout>(() => (localStorage.getItem(LAYOUT_KEY) as Layout | null) ?? 'roll80');
  const issue = useMutation(trpc.documents.issueReceipt.mutationOptions());

  async function print() {
    try {
      const doc = await issue.mutateAsync({ matterId, layout });
      await queryClient.invalidateQueries();
      const { opened, url } = openPdf(doc.pdfBase64);
      if (opened) void message.success(`回执 ${doc.number} 已生成`);
      else
        modal.info({
          title: `回执 ${doc.number} 已生成`,
          content: (
            <a href={url} target="_blank" rel="noreferrer">
              浏览器拦截了新窗口，请点此打开回执并打印
            </a>
          ),
        });
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }

  return (
    <Space.Compact>
      <Select
        aria-label="回执纸张"
        value={layout}
        style={{ width: 140 }}
        onChange={(v: Layout) => (setLayout(v), localStorage.setItem(LAYOUT_KEY, v))}
        options={RECEIPT_LAYOUTS.map((l) => ({ value: l, label: RECEIPT_LAYOUT_LABELS[l] }))}
      />
      <Button icon={<PrinterOutlined />} loading={issue.isPending} onClick={() => void print()}>
        {label}
      </Button>
    </Space.Compact>
  );
}
