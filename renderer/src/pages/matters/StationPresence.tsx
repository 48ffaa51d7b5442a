import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Tag } from 'antd';
import { isDeskRole } from '../../../../shared/roles';
import { attendanceText } from '../../../../shared/text/labels';
import { useTRPC } from '../../api/client';
import { useMe } from '../../auth/session';

/** Today's roster, for the desk's 派单 (the stations themselves do not see it). */
function useRoster() {
  const trpc = useTRPC();
  const me = useMe();
  return useQuery({ ...trpc.roster.today.queryOptions(), enabled: isDeskRole(me.user.role) });
}

/** A station in the 派单 list, with whether it is in the hall today. */
export function StationOption({ stationId, name }: { stationId: number; name: string }) {
  const row = useRoster().data?.find((r) => r.stationId === stationId);
  return (
    <Space size={4}>
      <span>{name}</span>
      {row && (row.inHall ? <Tag color="green">在厅</Tag> : <Tag color="orange">{row.attendance === 'on_call' ? '随叫随驻' : '今日不在厅'}</Tag>)}
    </Space>
  );
}

/** Under the chosen station: who is in the hall to hand the slip to, or whom to call and how. */
export function StationPresence({ stationId }: { stationId: number | undefined }) {
  const row = useRoster().data?.find((r) => r.stationId === stationId);
  if (!row) return null;
  if (row.inHall)
    return <Alert type="success" showIcon style={{ marginBottom: 12 }} data-testid="station-presence" message={`${row.name}今日在厅${row.onDuty ? `：${row.onDuty}` : ''}。派单后把派单单直接交给在厅人员。`} />;
  const contact = [row.contactPerson, row.phone].filter(Boolean).join(' ');
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="station-presence"
      message={`${row.name}今日不在厅（${attendanceText(row.attendance, row.rotationDays)}）`}
      description={`${contact ? `召集联系人：${contact}。` : '未登记联系人，请在“设置 · 入驻单位”补充。'}派单后可在事项页打印召集单，通知其到厅对接。`}
    />
  );
}

/** Whether the matter's station is away today: the matter page then offers the 召集单. */
export function useStationAway(stationId: number | null | undefined): boolean {
  const row = useRoster().data?.find((r) => r.stationId === stationId);
  return row !== undefined && !row.inHall;
}
