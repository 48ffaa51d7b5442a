import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Table } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ID_TYPE_LABELS, SEX_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime } from '../../../../shared/time';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { MatterStatusTag, type MatterBrief } from '../../visitors/VisitorCard';
import { navItem } from '../../shell/nav';
import { MergeDialog } from '../merge/MergeDialog';
import { MergesCard } from '../merge/MergesCard';

const MAY_REVEAL = ['clerk', 'supervisor', 'admin'];
/** Who may read who looked at this person (the 查阅记录 page's own roles). */
const MAY_OVERSEE = navItem('/views').roles;

/** A visitor's record and history. The whole ID number only on request, and the look is recorded. */
export function VisitorPage() {
  const trpc = useTRPC();
  const me = useMe();
  const id = Number(useParams().id);
  const visitor = useQuery({ ...trpc.visits.visitor.queryOptions({ id }), enabled: id > 0 });
  const reveal = useMutation(trpc.visits.revealId.mutationOptions());
  const [whole, setWhole] = useState<string | null>(null);
  const photo = useMutation(trpc.visits.photo.mutationOptions());
  const [shownPhoto, setShownPhoto] = useState<string | null | undefined>(undefined);
  if (visitor.isPending) return <Spin />;
  if (visitor.isError) return <Result status="warning" title={errorMessage(visitor.error)} />;
  const v = visitor.data;
  const idCell = (
    <Space>
      <span data-testid="visitor-id">{whole ?? (v.maskedId || '—')}</span>
      {v.maskedId && !whole && MAY_REVEAL.includes(me.user.role) && (
        <Button size="small" type="link" loading={reveal.isPending} onClick={async () => setWhole(await reveal.mutateAsync({ visitorId: v.id, purpose: '核对证件' }))}>
          显示完整号码（将被记录）
        </Button>
      )}
    </Space>
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {v.mergedInto !== null && (
        <Alert
          type="warning"
          showIcon
          message="本记录已合并到另一条记录，来访和诉求都在那里。"
          action={<Link to={`/visitors/${v.mergedInto}`}>查看保留的记录</Link>}
        />
      )}
      <Card
        title={`来访人 ${v.name}`}
        extra={
          <Space>
            {MAY_OVERSEE.includes(me.user.role) && <Link to={`/views?visitor=${v.id}`}>查阅记录</Link>}
            {MAY_OVERSEE.includes(me.user.role) && v.mergedInto === null && <MergeDialog here={v} />}
            {MAY_REVEAL.includes(me.user.role) &&
              (shownPhoto ? (
                <img src={shownPhoto} alt="证件照片" width={77} height={95} className="card-photo" />
              ) : shownPhoto === null ? (
                <span className="hint">没有保存证件照片</span>
              ) : (
                <Button size="small" loading={photo.isPending} onClick={async () => setShownPhoto(await photo.mutateAsync({ visitorId: v.id }))}>
                  证件照片（将被记录）
                </Button>
              ))}
          </Space>
        }
      >
        <Descriptions
          bordered
          size="small"
          column={2}
          items={[
            { key: 'name', label: '姓名', children: v.name },
            { key: 'idType', label: '证件类型', children: ID_TYPE_LABELS[v.idType] },
            { key: 'id', label: '证件号码', children: idCell },
            { key: 'sex', label: '性别', children: v.sex ? SEX_LABELS[v.sex] : '—' },
            { key: 'birth', label: '出生年份', children: v.birthYear ?? '—' },
            { key: 'eth', label: '民族', children: v.ethnicity ?? '—' },
            { key: 'phone', label: '联系电话', children: v.maskedPhone || '—' },
            { key: 'addr', label: '现住址', children: v.addressText || '—' },
            { key: 'count', label: '来访次数', children: v.visitCount },
            { key: 'last', label: '最近来访', children: chinaDateTime(v.lastVisitAt) },
          ]}
        />
      </Card>
      {MAY_OVERSEE.includes(me.user.role) && <MergesCard visitorId={v.id} />}
      <Card title="历次诉求">
        <Table<MatterBrief>
          rowKey="id"
          size="middle"
          pagination={false}
          dataSource={v.matters}
          columns={[
            { title: '事项编号', dataIndex: 'code', render: (code: string, m) => <Link to={`/matters/${m.id}`}>{code}</Link> },
            { title: '诉求类别', dataIndex: 'categoryName' },
            { title: '诉求内容', dataIndex: 'content', ellipsis: true },
            { title: '状态', dataIndex: 'status', render: (s: MatterBrief['status']) => <MatterStatusTag status={s} /> },
            { title: '登记时间', dataIndex: 'openedAt', render: (at: string) => chinaDateTime(at) },
          ]}
        />
      </Card>
    </Space>
  );
}
