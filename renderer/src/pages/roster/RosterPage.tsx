import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { attendanceText, STATION_KIND_LABELS } from '../../../../shared/text/labels';
import { chineseDate } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { navItem } from '../../shell/nav';
import { RoleGate } from '../StatusPages';

type Row = RouterOutputs['roster']['today'][number];

/** One station's line for today: in the hall or not, and who is on duty, saved when changed. */
function RosterLine({ row, onSaved }: { row: Row; onSaved: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const keep = useMutation(trpc.roster.keep.mutationOptions());
  const [onDuty, setOnDuty] = useState(row.onDuty);
  async function save(present: boolean, who: string) {
    try {
      await keep.mutateAsync({ stationId: row.stationId, present, onDuty: who });
      onSaved();
      void message.success(`已更新${row.name}今日驻点`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }
  return (
    <Space>
      <Switch checked={row.inHall} checkedChildren="在厅" unCheckedChildren="不在厅" loading={keep.isPending} onChange={(v) => void save(v, onDuty)} aria-label={`${row.name}今日在厅`} />
      <Input
        value={onDuty}
        onChange={(e) => setOnDuty(e.target.value)}
        onPressEnter={() => void save(row.inHall, onDuty)}
        placeholder="在岗人员"
        maxLength={60}
        style={{ width: 200 }}
        aria-label={`${row.name}在岗人员`}
      />
      <Button size="small" disabled={onDuty === row.onDuty} onClick={() => void save(row.inHall, onDuty)}>
        保存
      </Button>
    </Space>
  );
}

/** 今日驻点: which stations are in the hall today and who; the on-call ones with whom to call. */
export function RosterPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { today } = useMe();
  const roster = useQuery(trpc.roster.today.queryOptions());
  const rows = roster.data ?? [];
  const present = rows.filter((r) => r.inHall).length;
  return (
    <RoleGate roles={navItem('/roster').roles}>
      <Card size="small" title={`今日驻点 · ${chineseDate(today)}`} extra={<span>在厅 {present} 家 / 共 {rows.length} 家</span>}>
        <Typography.Paragraph type="secondary">常驻单位默认在厅，轮驻单位在其在厅日默认在厅，随叫随驻单位默认不在厅。当天实际情况在此调整，派单时据此显示“在厅”或召集方式。</Typography.Paragraph>
        {roster.isError && <Alert type="error" showIcon message={errorMessage(roster.error)} />}
        <Table<Row>
          size="small"
          rowKey="stationId"
          loading={roster.isPending}
          dataSource={rows}
          pagination={false}
          columns={[
            { title: '入驻单位', render: (_: unknown, r) => <span>{r.name}</span> },
            { title: '类别', width: 120, render: (_: unknown, r) => STATION_KIND_LABELS[r.kind] },
            { title: '驻点方式', width: 170, render: (_: unknown, r) => <Tag color={r.attendance === 'resident' ? 'blue' : r.attendance === 'rotating' ? 'cyan' : 'orange'}>{attendanceText(r.attendance, r.rotationDays)}</Tag> },
            { title: '今日', render: (_: unknown, r) => <RosterLine key={`${r.stationId}-${r.onDuty}`} row={r} onSaved={() => void queryClient.invalidateQueries({ queryKey: trpc.roster.today.queryKey() })} /> },
            { title: '联系人 · 电话', width: 200, render: (_: unknown, r) => [r.contactPerson, r.phone].filter(Boolean).join(' ') || '—' },
          ]}
        />
      </Card>
    </RoleGate>
  );
}
