import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DOCUMENT_LABELS, usesReceiptPrinter } from '../../../shared/documents';
import { voidDocumentInput } from '../../../shared/schemas/documents';
import { chinaDateTime } from '../../../shared/time';
import { errorMessage } from '../api/errors';
import { zodRule } from '../forms/rules';
import { usePrintAgainAction, type PrintAgain } from './deliverPaper';
import { openPdf } from './openPdf';
import { PRINT_UI } from './printText';
import { saveFile } from './saveFile';
import type { RouterOutputs } from '../api/client';

export type PaperRow = RouterOutputs['documents']['ofDay'][number];

/** What the table does with a paper, through whichever procedures may touch it. */
export interface PaperActions {
  pdf(documentId: number): Promise<{ pdfBase64: string }>;
  printAgain: PrintAgain;
  voidPaper(documentId: number, reason: string): Promise<unknown>;
}

/** 作废 asks for the reason; the number stays in the list, marked void. */
export function VoidButton({ row, voidPaper }: { row: Pick<PaperRow, 'id' | 'number'>; voidPaper: PaperActions['voidPaper'] }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  async function submit({ reason }: { reason: string }) {
    setBusy(true);
    try {
      await voidPaper(row.id, reason);
      await queryClient.invalidateQueries();
      setOpen(false);
      void message.success(`${row.number} 已作废`);
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button size="small" danger onClick={() => (form.resetFields(), setFailure(null), setOpen(true))}>
        作废
      </Button>
      <Modal title={`作废 ${row.number}`} open={open} onOk={() => form.submit()} onCancel={() => setOpen(false)} okText="确定作废" cancelText="取消" confirmLoading={busy} forceRender>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form form={form} name={`void-${row.id}`} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
          <Form.Item label="作废原因" name="reason" rules={[zodRule(voidDocumentInput.shape.reason)]} extra="编号保留，作废记录计入日结">
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function StatusTag({ row }: { row: PaperRow }) {
  if (row.status === 'voided') return <Tag color="red">已作废：{row.voidReason}</Tag>;
  if (row.printError)
    return (
      <Tooltip title={row.printError}>
        <Tag color="orange">{PRINT_UI.waiting}</Tag>
      </Tooltip>
    );
  return <Tag color="green">有效</Tag>;
}

/** The papers with their states; any can be opened, printed again or voided. */
export function PaperTable({ rows, loading, actions, emptyText }: { rows: PaperRow[] | undefined; loading: boolean; actions: PaperActions; emptyText: string }) {
  const { message } = App.useApp();
  const printAgainAndDeliver = usePrintAgainAction(actions.printAgain);
  const [busyId, setBusyId] = useState<number | null>(null);

  async function show(row: PaperRow) {
    try {
      openPdf((await actions.pdf(row.id)).pdfBase64);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }

  async function saveAs(row: PaperRow) {
    try {
      const name = `${DOCUMENT_LABELS[row.kind]}${row.number.replace(/[\\/:*?"<>|\s]/g, '')}.pdf`;
      if (await saveFile((await actions.pdf(row.id)).pdfBase64, name, 'application/pdf')) void message.success(PRINT_UI.saved(name));
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }

  async function again(row: PaperRow) {
    setBusyId(row.id);
    await printAgainAndDeliver(row.id, `${DOCUMENT_LABELS[row.kind]} ${row.number}`, usesReceiptPrinter(row.kind) ? 'receipt' : 'a4');
    setBusyId(null);
  }

  return (
    <Table<PaperRow>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText }}
      columns={[
        { title: '文书编号', dataIndex: 'number', width: 190 },
        { title: '文书', dataIndex: 'kind', width: 130, render: (k: PaperRow['kind']) => DOCUMENT_LABELS[k] },
        { title: '事项', dataIndex: 'matterCode', width: 170, render: (code: string | null, r) => (code ? <Link to={`/matters/${r.matterId}`}>{code}</Link> : '—') },
        { title: '状态', dataIndex: 'status', render: (_s, r) => <StatusTag row={r} /> },
        { title: '打印', dataIndex: 'prints', width: 140, render: (n: number, r) => (r.reprints > 0 ? `${n} 次（补打 ${r.reprints} 次）` : `${n} 次`) },
        { title: '开具人', dataIndex: 'createdBy', width: 110 },
        { title: '时间', dataIndex: 'createdAt', width: 150, render: (at: string) => chinaDateTime(at) },
        {
          title: '操作',
          key: 'actions',
          width: 280,
          render: (_v, r) => (
            <Space>
              <Button size="small" onClick={() => void show(r)}>
                查看
              </Button>
              <Button size="small" onClick={() => void saveAs(r)}>
                {PRINT_UI.saveAs}
              </Button>
              {r.status === 'issued' && (
                <Button size="small" onClick={() => void again(r)} loading={busyId === r.id}>
                  {r.prints === 0 ? PRINT_UI.printAgain : PRINT_UI.reprint}
                </Button>
              )}
              {r.voidable && <VoidButton row={r} voidPaper={actions.voidPaper} />}
            </Space>
          ),
        },
      ]}
    />
  );
}
