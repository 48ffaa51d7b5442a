import { Alert, Card, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { chineseDate } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { useMe } from '../../auth/session';
import { PaperButton } from '../../print/ReceiptButton';

type Matter = RouterOutputs['matters']['get'];

const RESULT_REPORTED = new Set(['resolved', 'signed_off', 'disputed', 'archived']);

/**
 * 信访文书: the 受理告知书 due within 15 days of receipt, the 延期告知书 once the limit was extended, the
 * 处理意见书 once the station answered (with the right to 复查 and 复核).
 */
export function PetitionPapers({ matter }: { matter: Matter }) {
  const trpc = useTRPC();
  const { today } = useMe();
  const standing = useQuery(trpc.documents.standing.queryOptions({ matterId: matter.id }));
  if (!matter.petitionNoticeDue) return null;
  const told = standing.data?.petition_acceptance ?? null;
  const late = !told && today > matter.petitionNoticeDue;
  return (
    <Card title="信访文书" size="small" data-testid="petition-papers">
      {!told && standing.data && (
        <Alert
          type={late ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          message={late ? `受理告知书应于 ${chineseDate(matter.petitionNoticeDue)} 前出具，已超期，请尽快出具并送达信访人。` : `受理告知书应于 ${chineseDate(matter.petitionNoticeDue)} 前出具（《信访工作条例》：收到之日起十五日内告知）。`}
        />
      )}
      <Space wrap>
        <PaperButton kind="petition_acceptance" matterId={matter.id} />
        {(matter.referral?.extensionDays ?? 0) > 0 && <PaperButton kind="petition_extension" matterId={matter.id} />}
        {matter.referral && RESULT_REPORTED.has(matter.status) && <PaperButton kind="petition_opinion" matterId={matter.id} />}
        <Typography.Text type="secondary">处理意见书告知信访人：不服的，可自收到之日起三十日内请求复查，对复查意见不服的可请求复核。</Typography.Text>
      </Space>
    </Card>
  );
}
