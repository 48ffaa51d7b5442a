import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Result, Segmented, Space, Spin, Table } from 'antd';
import { useState } from 'react';
import { reportTables, type ReportTable } from '../../../../shared/reportTables';
import { PERIOD_KINDS, PERIOD_LABELS } from '../../../../shared/schemas/statistics';
import type { Figures } from '../../../../shared/statistics';
import { useTRPC } from '../../api/client';
import { useMe } from '../../auth/session';
import { DayInput } from '../../forms/DayInput';
import { errorMessage } from '../../api/errors';
import { saveFile, XLSX_TYPE } from '../../print/saveFile';
import { navItem } from '../../shell/nav';
import { RoleGate } from '../StatusPages';
import { LedgerCard } from './LedgerCard';
import { StatsCharts } from './StatsCharts';

type PeriodKind = (typeof PERIOD_KINDS)[number];

function ReportTableCard({ table }: { table: ReportTable }) {
  return (
    <Card title={table.title} size="small" data-testid={`table-${table.sheet}`}>
      <Table
        size="small"
        pagination={false}
        rowKey={(r) => String(r[0])}
        dataSource={table.rows}
        columns={table.columns.map((c, i) => ({ title: c.header, key: c.header, render: (_v: unknown, r: (string | number)[]) => r[i] }))}
      />
    </Card>
  );
}

function ClosedDays({ stats }: { stats: Figures }) {
  const c = stats.closedDays;
  if (stats.centres)
    return (
      <Alert
        type={c.matches ? 'success' : 'warning'}
        showIcon
        message={`全县 ${stats.centres.length} 个中心相加：各中心日结单合计来访 ${c.sheetVisits} 批、受理 ${c.sheetAccepted} 件；本表为来访 ${stats.visitors.visits} 批、受理 ${stats.intakeTotal.accepted} 件。`}
        description={c.matches ? '每个中心都与其日结单一致。' : '有中心与其日结单不一致（见“各中心受理与日结核对”）：差额来自尚未日结的日子，或日结后的更正。'}
      />
    );
  if (c.matches)
    return <Alert type="success" showIcon message={`本期 ${c.days} 天中已日结 ${c.closed} 天；各日结单合计来访 ${c.sheetVisits} 批、受理 ${c.sheetAccepted} 件，与本表一致。`} />;
  return (
    <Alert
      type="warning"
      showIcon
      message={`本期 ${c.days} 天中已日结 ${c.closed} 天；各日结单合计来访 ${c.sheetVisits} 批、受理 ${c.sheetAccepted} 件，本表为来访 ${stats.visitors.visits} 批、受理 ${stats.intakeTotal.accepted} 件。`}
      description="差额来自尚未日结的日子，或日结后的更正（列在其后的日结单上）。"
    />
  );
}

function StatsView() {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [kind, setKind] = useState<PeriodKind>('month');
  const me = useMe();
  const [day, setDay] = useState(me.today);
  // A county centre also reads the county's sum: its own figures and every township's.
  const isCounty = me.area?.length === 6;
  const [county, setCounty] = useState(false);
  const stats = useQuery(trpc.statistics.table.queryOptions({ kind, day, county }));
  const xlsx = useMutation(trpc.statistics.xlsx.mutationOptions());
  const pdf = useMutation(trpc.statistics.pdf.mutationOptions());

  async function download(which: 'xlsx' | 'pdf') {
    try {
      const file = which === 'xlsx' ? await xlsx.mutateAsync({ kind, day, county }) : await pdf.mutateAsync({ kind, day, county });
      const type = which === 'xlsx' ? XLSX_TYPE : 'application/pdf';
      if (await saveFile(file.base64, file.fileName, type)) void message.success(`已导出 ${file.fileName}`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={stats.data ? `统计 · ${county ? '全县汇总 · ' : ''}${stats.data.period.label}` : '统计'}
        extra={
          <Space>
            {isCounty && (
              <Segmented<'centre' | 'county'>
                value={county ? 'county' : 'centre'}
                onChange={(v) => setCounty(v === 'county')}
                options={[
                  { value: 'centre', label: '本中心' },
                  { value: 'county', label: '全县汇总' },
                ]}
              />
            )}
            <Segmented<PeriodKind> value={kind} onChange={setKind} options={PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_LABELS[k] }))} />
            <DayInput aria-label="统计日期" value={day} max={me.today} onChange={(d) => d && setDay(d)} />
            <Button icon={<DownloadOutlined />} onClick={() => void download('xlsx')} loading={xlsx.isPending}>
              导出 Excel
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void download('pdf')} loading={pdf.isPending}>
              导出 PDF
            </Button>
          </Space>
        }
      >
        {stats.data && <ClosedDays stats={stats.data} />}
      </Card>
      {stats.isPending && <Spin />}
      {stats.isError && <Result status="warning" title={errorMessage(stats.error)} />}
      {stats.data && (
        <>
          <StatsCharts stats={stats.data} />
          {reportTables(stats.data).map((t) => (
            <ReportTableCard key={t.sheet} table={t} />
          ))}
          {!county && <LedgerCard kind={kind} day={day} />}
        </>
      )}
    </Space>
  );
}

/** 统计: the period's tables and charts, exported as the report is handed in. */
export function StatsPage() {
  return (
    <RoleGate roles={navItem('/stats').roles}>
      <StatsView />
    </RoleGate>
  );
}
