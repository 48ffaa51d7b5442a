import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DOCUMENT_LABELS } from '../../../../shared/documents';
import { explainInput } from '../../../../shared/schemas/dayClose';
import { DISCREPANCY_LABELS } from '../../../../shared/text/labels';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { zodRule } from '../../forms/rules';
import { usePrintAgainAction } from '../../print/deliverPaper';
import { VoidButton } from '../../print/PaperTable';
import { PaperButton, ReceiptButton, useDeskPrintAgain } from '../../print/ReceiptButton';
import { DAY_UI as T } from './dayText';

type Sheet = RouterOutputs['dayClose']['sheet'];
type Discrepancy = Sheet['reconciliation']['discrepancies'][number];

/** 填写说明: the clerk says why a number or a receipt is missing; it is printed on the sheet. */
function ExplainButton({ sheet, item }: { sheet: Sheet; item: Discrepancy }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ note: string }>();
  const explain = useMutation(trpc.dayClose.explain.mutationOptions());
  async function submit({ note }: { note: string }) {
    try {
      await explain.mutateAsync({ counterId: sheet.counterId, day: sheet.day, item: item.item, note });
      await queryClient.invalidateQueries({ queryKey: trpc.dayClose.sheet.queryKey() });
      setOpen(false);
      void message.success(T.explained);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }
  return (
    <>
      <Button size="small" onClick={() => (form.setFieldsValue({ note: item.explanation ?? '' }), setFailure(null), setOpen(true))}>
        {T.explain}
      </Button>
      <Modal title={T.explainTitle(item.subject)} open={open} onOk={() => form.submit()} onCancel={() => setOpen(false)} okText="保存" cancelText="取消" confirmLoading={explain.isPending} forceRender>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form form={form} name={`explain-${item.item.replace(/\W/g, '-')}`} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
          <Form.Item label={T.explanation} name="note" rules={[zodRule(explainInput.shape.note)]} extra={T.explainHint}>
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The ways out of a discrepancy: print what is missing, void it, or explain it. */
function Fixes({ sheet, item, locked }: { sheet: Sheet; item: Discrepancy; locked: boolean }) {
  const trpc = useTRPC();
  const { printAgain } = useDeskPrintAgain();
  const printAgainAndDeliver = usePrintAgainAction(printAgain);
  const voiding = useMutation(trpc.documents.void.mutationOptions());
  if (locked) return null;
  const again = (documentId: number) => printAgainAndDeliver(documentId, item.subject, item.documentKind === 'receipt' ? 'receipt' : 'a4');
  return (
    <Space wrap>
      {item.type === 'unprinted' && item.documentId !== null && (
        <>
          <Button size="small" onClick={() => void again(item.documentId!)}>
            {T.printAgain}
          </Button>
          <VoidButton row={{ id: item.documentId, number: item.subject }} voidPaper={(documentId, reason) => voiding.mutateAsync({ documentId, reason })} />
        </>
      )}
      {item.type === 'no_receipt' && item.matterId !== null && <ReceiptButton matterId={item.matterId} />}
      {item.type === 'no_notice' && item.matterId !== null && <PaperButton kind="notice" matterId={item.matterId} />}
      <ExplainButton sheet={sheet} item={item} />
    </Space>
  );
}

/** 文书核对: numbers used per kind, and every discrepancy with its way out. */
export function PaperCheckCard({ sheet }: { sheet: Sheet }) {
  const locked = sheet.state === 'closed';
  const { ledgers, discrepancies } = sheet.reconciliation;
  return (
    <Card title={T.papers} data-testid="paper-check">
      <Table
        rowKey="kind"
        size="small"
        pagination={false}
        dataSource={ledgers}
        locale={{ emptyText: T.none }}
        columns={[
          { title: T.kind, dataIndex: 'kind', render: (k: keyof typeof DOCUMENT_LABELS) => DOCUMENT_LABELS[k] },
          { title: T.first, dataIndex: 'first' },
          { title: T.last, dataIndex: 'last' },
          { title: T.issued, dataIndex: 'issued' },
          { title: T.printed, dataIndex: 'printed' },
          { title: T.reprints, dataIndex: 'reprints' },
          { title: T.voided, dataIndex: 'voided', render: (v: unknown[]) => v.length },
        ]}
      />
      {ledgers.flatMap((l) => l.voided).map((v) => (
        <Typography.Paragraph key={v.number} type="secondary" style={{ margin: '4px 0 0' }}>
          {T.voidReason(v.number, v.reason)}
        </Typography.Paragraph>
      ))}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {T.discrepancies}
      </Typography.Title>
      {discrepancies.length === 0 ? (
        <Alert type="success" showIcon message={T.allClear} />
      ) : (
        <Table<Discrepancy>
          rowKey="item"
          size="small"
          pagination={false}
          dataSource={discrepancies}
          data-testid="discrepancies"
          columns={[
            { title: T.discrepancies, dataIndex: 'type', width: 120, render: (t: Discrepancy['type']) => <Tag color="orange">{DISCREPANCY_LABELS[t]}</Tag> },
            { title: T.subject, dataIndex: 'subject', width: 180, render: (s: string, r) => (r.matterId ? <Link to={`/matters/${r.matterId}`}>{s}</Link> : s) },
            { title: T.explanation, key: 'explanation', render: (_v, r) => r.explanation ?? <Typography.Text type="danger">{r.detail || '未处理'}</Typography.Text> },
            { title: '处理', key: 'fix', width: 330, render: (_v, r) => <Fixes sheet={sheet} item={r} locked={locked} /> },
          ]}
        />
      )}
    </Card>
  );
}
