import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { chineseDate } from '../../../../shared/time';
import { useTRPC } from '../../api/client';
import { useMe } from '../../auth/session';

/** Says before typing, not after, that this counter must close an earlier day first. */
export function IntakePaused() {
  const trpc = useTRPC();
  const me = useMe();
  const intake = useQuery({ ...trpc.dayClose.intake.queryOptions(), enabled: me.counter !== null });
  if (!intake.data || (!intake.data.pendingDay && !intake.data.todayClosed)) return null;
  const message = intake.data.pendingDay ? `${chineseDate(intake.data.pendingDay)} 的业务还没有日结，本窗口暂停登记。` : '本窗口今天已经日结，暂停登记。';
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="intake-paused"
      message={message}
      description={
        <>
          请先到 <Link to="/day-close">日结</Link> 页完成日结（或请负责人代为日结）。已填写的内容会保留。
        </>
      }
    />
  );
}
