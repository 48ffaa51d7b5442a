import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import { holdInput } from '../../../../shared/schemas/retention';
import { chinaDateTime } from '../../../../shared/time';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { ReasonButton } from '../../forms/ReasonButton';

/**
 * 法律保留 on a matter: its person is kept past the period while it stands. The supervisor sets and
 * releases it (with a reason); the admin sees it.
 */
export function MatterHolds({ matterId }: { matterId: number }) {
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const holds = useQuery(trpc.retention.holds.queryOptions({ matterId }));
  const hold = useMutation(trpc.retention.hold.mutationOptions());
  const release = useMutation(trpc.retention.releaseHold.mutationOptions());
  const mayHold = me.user.role === 'supervisor';

  return (
    <Space size={4}>
      {holds.data?.map((h) => (
        <Tag key={h.id} color="gold" title={`${chinaDateTime(h.setAt)} ${h.setBy}：${h.reason}`}>
          法律保留
          {mayHold && (
            <Popconfirm
              title="解除法律保留？"
              description="解除后，期限已过的个人信息会列入到期清理。"
              okText="解除"
              cancelText="取消"
              onConfirm={async () => {
                try {
                  await release.mutateAsync({ holdId: h.id });
                  await queryClient.invalidateQueries({ queryKey: trpc.retention.holds.queryKey({ matterId }) });
                } catch (err) {
                  void message.error(errorMessage(err));
                }
              }}
            >
              <Button type="link" size="small">
                解除
              </Button>
            </Popconfirm>
          )}
        </Tag>
      ))}
      {mayHold && holds.data?.length === 0 && (
        <ReasonButton
          label="法律保留"
          title="法律保留"
          name="matterHold"
          reasonLabel="保留原因"
          reason={holdInput.shape.reason}
          placeholder="如：当事人已起诉，案卷待法院调取"
          intro={<p>保留期间，本事项当事人的个人信息即使过了保存期限也不清理。用于诉讼、复查、可能再次信访等仍需案卷的情形。</p>}
          busy={hold.isPending}
          run={(reason) => hold.mutateAsync({ matterId, reason })}
          done="已设法律保留：到期也不会清理，直到解除"
        />
      )}
    </Space>
  );
}
