import { useMutation, useQuery } from '@tanstack/react-query';
import { Card, Table } from 'antd';
import { useMemo } from 'react';
import { LEDGER_COLUMNS, ledgerCells, type LedgerRow } from '../../../../shared/ledger';
import type { PERIOD_KINDS } from '../../../../shared/schemas/statistics';
import { useTRPC } from '../../api/client';
import { SealedExport } from '../../print/SealedExport';

type PeriodKind = (typeof PERIOD_KINDS)[number];

/** 矛盾纠纷排查化解台账 of the chosen period: every dispute from any source and where it stands. */
export function LedgerCard({ kind, day }: { kind: PeriodKind; day: string }) {
  const trpc = useTRPC();
  const ledger = useQuery(trpc.statistics.ledger.queryOptions({ kind, day }));
  const xlsx = useMutation(trpc.statistics.ledgerXlsx.mutationOptions());
  // 序号 runs through the whole register, not per page.
  const position = useMemo(() => new Map((ledger.data ?? []).map((r, i) => [r.code, i])), [ledger.data]);
  return (
    <Card
      title={`矛盾纠纷排查化解台账${ledger.data ? `（${ledger.data.length} 件）` : ''}`}
      size="small"
      data-testid="ledger"
      extra={
        <SealedExport label="导出台账" name="ledgerExport" busy={xlsx.isPending} run={(password) => xlsx.mutateAsync({ kind, day, password })} />
      }
    >
      <Table<LedgerRow>
        size="small"
        loading={ledger.isPending}
        rowKey="code"
        dataSource={ledger.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1300 }}
        columns={LEDGER_COLUMNS.map((c, i) => ({
          title: c.header,
          key: c.header,
          width: c.width * 13,
          ellipsis: c.header === '简要情况',
          render: (_v: unknown, r: LedgerRow) => ledgerCells(r, position.get(r.code) ?? 0)[i],
        }))}
      />
    </Card>
  );
}
