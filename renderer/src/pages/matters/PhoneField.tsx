import { useMutation } from '@tanstack/react-query';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';

/**
 * The visitor's phone, masked; whoever handles the matter and must call the visitor asks for the
 * whole number, and that look is written to the audit log.
 */
export function PhoneField({ matterId, masked, revealable }: { matterId: number; masked: string; revealable: boolean }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const reveal = useMutation(trpc.matters.revealPhone.mutationOptions());
  const [whole, setWhole] = useState<string | null>(null);
  if (!masked) return <span>—</span>;
  if (whole) return <span data-testid="whole-phone">{whole}</span>;
  return (
    <Space size={4}>
      <span>{masked}</span>
      {revealable && (
        <Button
          type="link"
          size="small"
          loading={reveal.isPending}
          title="查看完整号码以便联系来访人（查看会记入日志）"
          onClick={() =>
            reveal.mutate({ matterId }, { onSuccess: (r) => setWhole(r.phone), onError: (err) => void message.error(errorMessage(err)) })
          }
        >
          查看完整号码
        </Button>
      )}
    </Space>
  );
}
