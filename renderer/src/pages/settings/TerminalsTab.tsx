import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { chinaDateTime } from '../../../../shared/time';
import { useTRPC, type RouterOutputs } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { TERMINALS_UI as T } from './terminalsText';

type Terminal = RouterOutputs['terminals']['list']['terminals'][number];
type ShownCode = RouterOutputs['terminals']['newCode'];

/** The code as the admin reads it out or turns the screen: large, spaced, one glance. */
function CodeShown({ shown }: { shown: ShownCode }) {
  return (
    <div>
      <div data-testid="pairing-code" style={{ fontFamily: 'monospace', fontSize: 40, letterSpacing: 6, fontWeight: 600 }}>
        {shown.code}
      </div>
      <Typography.Text type="secondary">{T.codeNote(chinaDateTime(shown.expiresAt).slice(11))}</Typography.Text>
    </div>
  );
}

/** 设置 → 终端: show a pairing code, see the paired PCs and when each was last heard from, revoke one. */
export function TerminalsTab() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const list = useQuery(trpc.terminals.list.queryOptions());
  const newCode = useMutation(trpc.terminals.newCode.mutationOptions());
  const revoke = useMutation(trpc.terminals.revoke.mutationOptions());
  const setPairedOnly = useMutation(trpc.terminals.setPairedOnly.mutationOptions());
  const [shown, setShown] = useState<ShownCode | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.terminals.list.queryKey() });

  async function act(action: () => Promise<unknown>) {
    setFailure(null);
    try {
      await action();
      await refresh();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  const columns: TableColumnsType<Terminal> = [
    { title: T.columns.name, dataIndex: 'name' },
    { title: T.columns.address, dataIndex: 'address' },
    { title: T.columns.pairedAt, dataIndex: 'pairedAt', render: (at: string) => chinaDateTime(at) },
    { title: T.columns.pairedBy, dataIndex: 'pairedBy' },
    { title: T.columns.lastSeenAt, dataIndex: 'lastSeenAt', render: (at: string) => chinaDateTime(at) },
    {
      title: T.columns.status,
      key: 'status',
      render: (_, t) =>
        t.revokedAt ? (
          <Tag>{T.revoked(chinaDateTime(t.revokedAt))}</Tag>
        ) : (
          <Space>
            <Tag color="green">{T.live}</Tag>
            <Popconfirm title={T.revokeConfirm(t.name)} okText={T.revoke} okButtonProps={{ danger: true }} onConfirm={() => act(async () => { await revoke.mutateAsync({ id: t.id }); void message.success(T.revokedSaid); })}>
              <Button size="small" danger>
                {T.revoke}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  const data = list.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {failure && <Alert type="error" showIcon message={failure} />}
      {data && !data.tls && <Alert type="warning" showIcon message={T.noTls} />}
      <Card size="small" title={T.pairTitle}>
        <ol style={{ margin: '0 0 12px', paddingLeft: 20 }}>
          {T.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <div style={{ marginBottom: 12 }}>
          {data?.addresses.length ? (
            <Space wrap>
              {data.addresses.map((a) => (
                <Typography.Text key={a} code copyable>
                  {a}
                </Typography.Text>
              ))}
            </Space>
          ) : (
            data?.tls && <Typography.Text type="secondary">{T.noAddress}</Typography.Text>
          )}
        </div>
        <Space align="center" size="large">
          {shown && <CodeShown shown={shown} />}
          <Button type={shown ? 'default' : 'primary'} disabled={!data?.tls} loading={newCode.isPending} onClick={() => act(async () => setShown(await newCode.mutateAsync()))}>
            {shown ? T.anotherCode : T.newCode}
          </Button>
        </Space>
      </Card>
      <Space>
        <Switch checked={data?.pairedOnly ?? false} loading={setPairedOnly.isPending} onChange={(on) => act(() => setPairedOnly.mutateAsync({ pairedOnly: on }))} aria-label={T.pairedOnly} />
        <span>{T.pairedOnly}</span>
        <Typography.Text type="secondary">{T.pairedOnlyNote}</Typography.Text>
      </Space>
      <Table<Terminal> rowKey="id" size="middle" title={() => T.listTitle} columns={columns} dataSource={data?.terminals ?? []} loading={list.isPending} pagination={false} locale={{ emptyText: T.empty }} />
    </Space>
  );
}
