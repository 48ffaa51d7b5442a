import { useQuery } from '@tanstack/react-query';
import { FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Space, Spin, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { chinaDateTime } from '../../../../shared/time';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { MatterStatusTag } from '../../visitors/VisitorCard';
import { CollectiveTag } from '../../visitors/CollectiveTag';
import { isDeskRole } from '../../../../shared/roles';
import { isCollective } from '../../../../shared/schemas/visit';
import { useStationAway } from './StationPresence';
import { PhoneField } from './PhoneField';
import { useMe } from '../../auth/session';
import { PaperButton, ReceiptButton } from '../../print/ReceiptButton';
import { PetitionPapers } from './PetitionPapers';
import { RiskTag } from './RiskTag';
import { CorrectMatter } from './CorrectMatter';
import { MatterHolds } from '../retention/MatterHolds';
import { FlowPanel } from './FlowPanel';
import { MatterTimeline } from './MatterTimeline';
import { MaterialsCard } from '../materials/MaterialsCard';

/** One matter (一案一码): what was asked, by whom, and every visit about it. */
/** A matter signed off (or disputed, or filed after it) has its 签单确认单. */
const SIGNED: readonly string[] = ['signed_off', 'disputed', 'archived'];

/** 打印召集单: offered while the matter's station is not in the hall today (随叫随驻, or 轮驻 off its day). */
function CallSlipButton({ matterId, stationId }: { matterId: number; stationId: number }) {
  return useStationAway(stationId) ? <PaperButton kind="call_slip" matterId={matterId} /> : null;
}

export function MatterPage() {
  const trpc = useTRPC();
  const me = useMe();
  const id = Number(useParams().id);
  const matter = useQuery({ ...trpc.matters.get.queryOptions({ id }), enabled: id > 0 });
  if (matter.isPending) return <Spin />;
  if (matter.isError) return <Result status="warning" title={errorMessage(matter.error)} />;
  const m = matter.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Space>事项 {m.code} <MatterStatusTag status={m.status} /><CollectiveTag headcount={m.headcount} /><RiskTag level={m.riskLevel} />{m.riskFlags.map((f) => <Tag key={f} color="magenta">{f}</Tag>)}</Space>} extra={
          <Space>
            {me.user.role !== 'station' && m.status !== 'declined' && <ReceiptButton matterId={m.id} />}
            {me.user.role !== 'station' && m.status === 'declined' && <PaperButton kind="notice" matterId={m.id} />}
            {me.user.role !== 'station' && m.referral && <PaperButton kind="referral_slip" matterId={m.id} />}
            {me.user.role !== 'station' && m.referral && <CallSlipButton matterId={m.id} stationId={m.referral.stationId} />}
            {me.user.role !== 'station' && SIGNED.includes(m.status) && <PaperButton kind="signoff_record" matterId={m.id} />}
            {m.mediable && (
              <Link to={`/matters/${m.id}/mediation`}>
                <Button icon={<FileTextOutlined />}>调解卷宗</Button>
              </Link>
            )}
            {m.correctable && <CorrectMatter matter={m} />}
            {(me.user.role === 'supervisor' || me.user.role === 'admin') && <MatterHolds matterId={m.id} />}
          </Space>
        }
      >
        <Descriptions
          bordered
          size="small"
          column={2}
          items={[
            {
              key: 'visitor',
              label: '来访人',
              // Only the desk may open a visitor's record; a station sees the name on its matter.
              children: isDeskRole(me.user.role) ? <Link to={`/visitors/${m.visitor.id}`}>{m.visitor.name}</Link> : m.visitor.name,
            },
            { key: 'id', label: '身份证号', children: m.visitor.maskedId || '—' },
            { key: 'category', label: '诉求类别', children: m.categoryName },
            { key: 'phone', label: '联系电话', children: <PhoneField matterId={m.id} masked={m.visitor.maskedPhone} revealable={m.phoneRevealable} /> },
            ...(isCollective(m.headcount)
              ? [{ key: 'collective', label: '集体访', span: 2, children: <span data-testid="collective-detail">{`共 ${m.headcount} 人；代表：${m.representatives.join('、')}`}</span> }]
              : []),
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
      <FlowPanel matter={m} />
      {me.user.role !== 'station' && <PetitionPapers matter={m} />}
      <MaterialsCard matterId={m.id} />
      <MatterTimeline matter={m} />
    </Space>
  );
}
