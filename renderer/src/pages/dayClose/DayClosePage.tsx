import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Popconfirm, Result, Select, Space, Spin, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { DAY_STATE_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime, chineseDate } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { useDeliverPaper } from '../../print/deliverPaper';
import { PaperTable } from '../../print/PaperTable';
import { useDeskPrintAgain } from '../../print/ReceiptButton';
import { navItem } from '../../shell/nav';
import { DayInput } from '../../forms/DayInput';
import { RoleGate } from '../StatusPages';
import { CentreDayCard } from './CentreDayCard';
import { DayFiguresCard } from './DayFiguresCard';
import { DAY_UI as T } from './dayText';
import { PaperCheckCard } from './PaperCheckCard';

type Sheet = RouterOutputs['dayClose']['sheet'];

function LateCorrections({ sheet }: { sheet: Sheet }) {
  return (
    <Card title={T.late} data-testid="late-corrections">
      <Table
        rowKey={(r) => `${r.at}-${r.what}`}
        size="small"
        pagination={false}
        dataSource={sheet.lateCorrections}
        locale={{ emptyText: T.none }}
        columns={[
          { title: T.recordDay, dataIndex: 'recordDay', width: 120 },
          { title: T.what, dataIndex: 'what' },
          { title: T.reason, dataIndex: 'reason' },
          { title: T.by, dataIndex: 'by', width: 100 },
          { title: '时间', dataIndex: 'at', width: 150, render: (at: string) => chinaDateTime(at) },
        ]}
      />
    </Card>
  );
}

/** The note, and 日结: refused while a discrepancy is open; prints the 日结单 once closed. */
function CloseCard({ sheet, onClosed }: { sheet: Sheet; onClosed: (day: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState(sheet.note);
  const [failure, setFailure] = useState<string | null>(null);
  const close = useMutation(trpc.dayClose.close.mutationOptions());
  const voiding = useMutation(trpc.documents.void.mutationOptions());
  const { printAgain } = useDeskPrintAgain();
  const deliver = useDeliverPaper(printAgain);
  const unresolved = sheet.reconciliation.unresolved;

  async function closeDay() {
    setFailure(null);
    try {
      const doc = await close.mutateAsync({ counterId: sheet.counterId, day: sheet.day, note });
      // Stay on the day just closed (an earlier day's close would otherwise give way to today).
      onClosed(sheet.day);
      await queryClient.invalidateQueries();
      await deliver(doc, `日结单 ${doc.number}`, 'a4');
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  if (sheet.state === 'closed')
    return (
      <Card title={T.sheets} extra={<Tag color="green">{T.closedBy(sheet.closedBy ?? '', chinaDateTime(sheet.closedAt!))}</Tag>} data-testid="day-sheets">
        {sheet.note && <p>{`${T.note}：${sheet.note}`}</p>}
        <PaperTable
          rows={sheet.sheets}
          loading={false}
          emptyText={T.none}
          actions={{
            pdf: (documentId) => queryClient.fetchQuery(trpc.documents.pdf.queryOptions({ documentId })),
            printAgain,
            voidPaper: (documentId, reason) => voiding.mutateAsync({ documentId, reason }),
          }}
        />
      </Card>
    );
  return (
    <Card title="日结">
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="close-failure" />}
      <Form layout="vertical">
        <Form.Item label={T.note}>
          <Input.TextArea aria-label={T.note} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
      <Tooltip title={unresolved > 0 ? T.closeBlocked(unresolved) : undefined}>
        {/* Closing locks the day's records: asked once more. */}
        <Popconfirm title={T.closeConfirm} description={T.closeConfirmWhy} okText={T.closeConfirmOk} cancelText={T.cancel} onConfirm={() => void closeDay()} disabled={unresolved > 0}>
          <Button type="primary" icon={<PrinterOutlined />} disabled={unresolved > 0} loading={close.isPending}>
            {T.close}
          </Button>
        </Popconfirm>
      </Tooltip>
      {unresolved > 0 && <span style={{ marginLeft: 12, color: '#d46b08' }}>{T.closeBlocked(unresolved)}</span>}
    </Card>
  );
}

function DayView({ counterId, day, onDay, onCounter }: { counterId: number | null; day: string | null; onDay: (d: string) => void; onCounter: (c: number) => void }) {
  const trpc = useTRPC();
  const me = useMe();
  const counters = useQuery({ ...trpc.reference.counters.queryOptions(), enabled: me.user.role !== 'clerk' });
  // A supervisor signed in without a counter starts at the first one and picks another above.
  const fallback = me.user.role !== 'clerk' && me.counter === null ? (counters.data?.[0]?.id ?? null) : null;
  const asked = counterId ?? fallback;
  const sheet = useQuery({ ...trpc.dayClose.sheet.queryOptions({ counterId: asked, day }), enabled: me.user.role === 'clerk' || me.counter !== null || asked !== null });
  if (sheet.isPending) return <Spin />;
  if (sheet.isError) return <Result status="warning" title={errorMessage(sheet.error)} />;
  const s = sheet.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {T.title(s.counterName, chineseDate(s.day))}
            <Tag color={s.state === 'closed' ? 'green' : s.state === 'idle' ? 'default' : 'orange'}>{DAY_STATE_LABELS[s.state]}</Tag>
          </Space>
        }
        extra={
          <Space>
            {me.user.role !== 'clerk' && (
              <Select aria-label={T.counter} style={{ width: 140 }} value={s.counterId} onChange={onCounter} options={(counters.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            )}
            <DayInput aria-label={T.day} value={s.day} max={s.today} onChange={(d) => d && onDay(d)} />
          </Space>
        }
      >
        {s.pendingDay && <Alert type="warning" showIcon message={T.pending(chineseDate(s.pendingDay))} />}
        {s.state === 'reopened' && <Alert type="info" showIcon message={T.reopened(s.reopenReason)} style={{ marginTop: s.pendingDay ? 8 : 0 }} />}
      </Card>
      <DayFiguresCard figures={s.figures} />
      <PaperCheckCard sheet={s} />
      <LateCorrections sheet={s} />
      <CloseCard key={`${s.counterId}-${s.day}-${s.state}`} sheet={s} onClosed={onDay} />
      {me.user.role !== 'clerk' && <CentreDayCard day={s.day} onView={onCounter} />}
    </Space>
  );
}

/** 日结: a counter's day — figures, paper check, corrections — closed and signed off on paper. */
export function DayClosePage() {
  const [counterId, setCounterId] = useState<number | null>(null);
  const [day, setDay] = useState<string | null>(null);
  return (
    <RoleGate roles={navItem('/day-close').roles}>
      <DayView counterId={counterId} day={day} onDay={setDay} onCounter={setCounterId} />
    </RoleGate>
  );
}
