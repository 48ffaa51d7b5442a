import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { chineseDate } from '../../../../shared/time';
import { useTRPC } from '../../api/client';
import { useMe } from '../../auth/session';

/** Whether this counter takes in new visits now, and if not, why: an earlier day to close, or today closed. */
export function useIntake() {
  const trpc = useTRPC();
  const me = useMe();
  const intake = useQuery({ ...trpc.dayClose.intake.queryOptions(), enabled: me.counter !== null });
  const pendingDay = intake.data?.pendingDay ?? null;
  const todayClosed = intake.data?.todayClosed ?? false;
  return { pendingDay, todayClosed, open: pendingDay === null && !todayClosed };
}

/** Says before typing, not after, that this counter takes nothing new now; one state, one message. */
export function IntakePaused() {
  const { pendingDay, open } = useIntake();
  if (open) return null;
  const [message, description] = pendingDay
    ? [
        `${chineseDate(pendingDay)} 的业务还没有日结，本窗口暂停登记。`,
        <>
          请先到 <Link to="/day-close">日结</Link> 页完成该日日结（或请负责人代为日结）。已填写的内容会保留。
        </>,
      ]
    : ['本窗口今天已经日结，暂停登记。', '明天可照常登记。今天确需继续登记的，请负责人在“日结”页重开今天；已填写的内容会保留。'];
  return <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="intake-paused" message={message} description={description} />;
}
