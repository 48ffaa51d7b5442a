import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Result, Space, Spin, Tag, Timeline } from 'antd';
import { Link, useParams } from 'react-router';
import { VISIT_CHANNEL_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime } from '../../../../shared/time';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { MatterStatusTag } from '../../visitors/VisitorCard';
import { CorrectMatter } from './CorrectMatter';

/** One matter (一案一码): what was asked, by whom, and every visit about it. */
export function MatterPage() {
  const trpc = useTRPC();
  const id = Number(useParams().id);
  const matter = useQuery({ ...trpc.matters.get.queryOptions({ id }), enabled: id > 0 });
  if (matter.isPending) return <Spin />;
  if (matter.isError) return <Result status="warning" title={errorMessage(matter.error)} />;
  const m = matter.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Space>事项 {m.code} <MatterStatusTag status={m.status} /></Space>} extra={m.correctable && <CorrectMatter matter={m} />}>
        <Descriptions
          bordered
          size="small"
          column={2}
          items={[
            { key: 'visitor', label: '来访人', children: <Link to={`/visitors/${m.visitor.id}`}>{m.visitor.name}</Link> },
            { key: 'id', label: '身份证号', children: m.visitor.maskedId || '—' },
            { key: 'category', label: '诉求类别', children: m.categoryName },
            { key: 'phone', label: '联系电话', children: m.visitor.maskedPhone || '—' },
            { key: 'created', label: '登记时间', children: chinaDateTime(m.createdAt) },
            { key: 'visits', label: '来访次数', children: m.visitCount },
            { key: 'content', label: '诉求内容', span: 2, children: <div style={{ whiteSpace: 'pre-wrap' }}>{m.content}</div> },
            ...(m.status === 'declined'
              ? [
                  { key: 'reason', label: '不予受理理由', span: 2, children: m.declineReason },
                  { key: 'channel', label: '建议途径', span: 2, children: m.declineChannel },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title="办理经过">
        <Timeline
          items={m.visits.map((v) => ({
            color: v.kind === 'opened' ? 'blue' : 'orange',
            children: (
              <div>
                <Space>
                  <strong>{chinaDateTime(v.visitedAt)}</strong>
                  {v.kind === 'opened' ? <Tag color="blue">登记受理</Tag> : <Tag color="orange">重复访</Tag>}
                  <span>{VISIT_CHANNEL_LABELS[v.channel]}</span>
                  <span>
                    {v.counterName ?? ''} {v.clerkName}
                  </span>
                  <span>登记编号 {v.visitNo}</span>
                </Space>
                {v.note && <div style={{ whiteSpace: 'pre-wrap', color: '#555' }}>{v.note}</div>}
              </div>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
