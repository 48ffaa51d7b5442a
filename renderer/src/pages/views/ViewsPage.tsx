import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Input, Result, Segmented, Select, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ViewsExportInput } from '../../../../shared/schemas/viewLog';
import { chinaDateTime } from '../../../../shared/time';
import { VIEW_COLUMNS, viewTableRow, type ViewRow } from '../../../../shared/viewLog';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { DayInput } from '../../forms/DayInput';
import { SealedExport } from '../../print/SealedExport';
import { VisitorPicks } from '../../visitors/VisitorPicks';
import { navItem } from '../../shell/nav';
import { RoleGate } from '../StatusPages';

/** The looks, as the workbook lays them out; the person's name leads to their own 查阅记录. */
function ViewTable({ rows, more }: { rows: ViewRow[]; more: boolean }) {
  const [, setParams] = useSearchParams();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {more && <Alert type="info" showIcon message="记录较多，这里只列出最近的 2000 条。导出的表格同样只含这些。" />}
      <Table
        data-testid="view-rows"
        size="small"
        rowKey={(r) => r.id}
        dataSource={rows}
        pagination={{ pageSize: 12, showSizeChanger: false, showTotal: (n) => `共 ${n} 条` }}
        locale={{ emptyText: <Empty description="这段时间没有查阅记录" /> }}
        columns={VIEW_COLUMNS.map((c, i) => ({
          title: c.header,
          key: c.header,
          render: (_v: unknown, r: ViewRow) => {
            const cell = viewTableRow(r, chinaDateTime)[i];
            return c.header === '来访人' && r.visitorId ? (
              <Typography.Link onClick={() => setParams({ visitor: String(r.visitorId) })}>{cell}</Typography.Link>
            ) : (
              cell
            );
          },
        }))}
      />
    </Space>
  );
}

/** What to export, before the password is typed (each kind of question without it). */
type ExportQuestion = ViewsExportInput extends infer T ? (T extends unknown ? Omit<T, 'password'> : never) : never;

function ExportButton({ input }: { input: ExportQuestion }) {
  const trpc = useTRPC();
  const xlsx = useMutation(trpc.views.export.mutationOptions());
  return <SealedExport label="导出 Excel" name="viewsExport" busy={xlsx.isPending} run={(password) => xlsx.mutateAsync({ ...input, password } as ViewsExportInput)} />;
}

/** 谁看过这个人: find the person (by name, pinyin or ID number), then every look at their records. */
function ByVisitor({ visitorId }: { visitorId: number | null }) {
  const trpc = useTRPC();
  const [, setParams] = useSearchParams();
  const [query, setQuery] = useState('');
  const found = useQuery({ ...trpc.visits.lookup.queryOptions({ query }), enabled: query.length > 0 && visitorId === null });
  const views = useQuery({ ...trpc.views.ofVisitor.queryOptions({ visitorId: visitorId ?? 0 }), enabled: visitorId !== null });
  if (visitorId === null) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input.Search aria-label="查找来访人" placeholder="姓名、拼音首字母或身份证号" enterButton="查找" allowClear style={{ maxWidth: 420 }} onSearch={(q) => setQuery(q.trim())} />
        {found.isFetching && <Spin />}
        {found.isError && <Typography.Text type="danger">{errorMessage(found.error)}</Typography.Text>}
        {found.data && (
          <VisitorPicks data-testid="view-people" people={found.data} pickLabel="查看查阅记录" onPick={(id) => setParams({ visitor: String(id) })} empty={`没有找到与“${query}”相符的来访人`} />
        )}
      </Space>
    );
  }
  if (views.isPending) return <Spin />;
  if (views.isError) return <Result status="warning" title={errorMessage(views.error)} extra={<Button onClick={() => setParams({})}>重新查找</Button>} />;
  const { whose, rows, more } = views.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>
          来访人 <Link to={`/visitors/${whose.id}`}>{whose.name}</Link> <span className="hint">{whose.maskedId}</span>：共 {rows.length} 条查阅
        </Typography.Text>
        <ExportButton input={{ by: 'visitor', visitorId: whose.id }} />
        <Button onClick={() => setParams({})}>换一个人</Button>
      </Space>
      <ViewTable rows={rows} more={more} />
    </Space>
  );
}

const daysBefore = (day: string, n: number) => new Date(Date.parse(day) - n * 86_400_000).toISOString().slice(0, 10);

/** 这个人看过什么: one user's looks between two days (the last 30 days to begin with). */
function ByUser() {
  const trpc = useTRPC();
  const me = useMe();
  const staff = useQuery(trpc.views.staff.queryOptions());
  const [userId, setUserId] = useState<number | null>(null);
  const [from, setFrom] = useState(daysBefore(me.today, 29));
  const [to, setTo] = useState(me.today);
  const backwards = from > to;
  const views = useQuery({ ...trpc.views.ofUser.queryOptions({ userId: userId ?? 0, from, to }), enabled: userId !== null && !backwards });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select<number>
          aria-label="工作人员"
          placeholder="选择工作人员"
          showSearch
          optionFilterProp="label"
          style={{ width: 240 }}
          loading={staff.isPending}
          value={userId ?? undefined}
          onChange={setUserId}
          options={staff.data?.map((u) => ({ value: u.id, label: `${u.name}（${u.role}${u.active ? '' : '，已停用'}）` }))}
        />
        <DayInput aria-label="起始日期" value={from} max={me.today} onChange={(d) => d && setFrom(d)} />
        <span>至</span>
        <DayInput aria-label="截止日期" value={to} max={me.today} onChange={(d) => d && setTo(d)} />
        {userId !== null && !backwards && <ExportButton input={{ by: 'user', userId, from, to }} />}
      </Space>
      {backwards && <Alert type="error" showIcon message="起始日期不能晚于截止日期，请重新选择。" />}
      {userId === null && <Empty description="选择一位工作人员，查看其在这段时间打开过哪些记录" />}
      {views.isFetching && !views.data && <Spin />}
      {views.isError && <Alert type="error" showIcon message={errorMessage(views.error)} />}
      {views.data && !backwards && <ViewTable rows={views.data.rows} more={views.data.more} />}
    </Space>
  );
}

function ViewsView() {
  const [params, setParams] = useSearchParams();
  const visitor = Number(params.get('visitor'));
  const by = params.get('by') === 'user' ? 'user' : 'visitor';
  return (
    <Card
      title="查阅记录"
      extra={
        <Segmented
          value={by}
          onChange={(v) => setParams(v === 'user' ? { by: 'user' } : {})}
          options={[
            { value: 'visitor', label: '谁看过这个人' },
            { value: 'user', label: '工作人员看过什么' },
          ]}
        />
      }
    >
      <Typography.Paragraph type="secondary">
        打开来访人档案、事项、调解卷宗、文书，以及查看完整身份证号、电话、证件照片，都会记下是谁、何时、在哪个窗口和哪台电脑上看的。同一人十分钟内反复打开同一记录只记一次。
      </Typography.Paragraph>
      {by === 'user' ? <ByUser /> : <ByVisitor visitorId={visitor > 0 ? visitor : null} />}
    </Card>
  );
}

/** 查阅记录: for supervisors and the admin, who answer for how the centre treats people's data. */
export function ViewsPage() {
  return (
    <RoleGate roles={navItem('/views').roles}>
      <ViewsView />
    </RoleGate>
  );
}
