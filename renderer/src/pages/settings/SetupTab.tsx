import { CheckCircleFilled, ExclamationCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, List, Space, Typography } from 'antd';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { SETUP_UI as T, type SettingsTabKey } from './setupText';

/**
 * 开始使用: a new centre's checklist — centre, counters and printers, stations, users, categories —
 * with what the program already put in place and what is left, each a click from its tab.
 */
export function SetupTab({ onGo }: { onGo: (tab: SettingsTabKey) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const setup = useQuery(trpc.admin.setup.queryOptions());
  const finish = useMutation(trpc.admin.finishSetup.mutationOptions());
  const items = setup.data?.items ?? [];
  const left = items.filter((i) => !i.done).length;

  async function markFinished(finished: boolean) {
    try {
      await finish.mutateAsync({ finished });
      await queryClient.invalidateQueries();
      if (finished) void message.success(T.finishedSaid);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="setup-checklist">
      {setup.data?.finished ? (
        <Alert type="success" showIcon message={T.finished} action={<Button size="small" onClick={() => void markFinished(false)}>{T.reopen}</Button>} />
      ) : (
        <Alert type="info" showIcon message={T.intro} description={left ? T.left(left) : T.allDone} />
      )}
      <List
        loading={setup.isPending}
        bordered
        dataSource={items}
        renderItem={(item, index) => (
          <List.Item
            actions={[
              <Button key="go" type={item.done ? 'default' : 'primary'} onClick={() => onGo(item.step === 'backup' ? 'system' : item.step)}>
                {item.done ? T.review : T.go}
              </Button>,
            ]}
          >
            <List.Item.Meta
              avatar={item.done ? <CheckCircleFilled style={{ color: '#389e0d', fontSize: 20 }} /> : <ExclamationCircleOutlined style={{ color: '#d46b08', fontSize: 20 }} />}
              title={`${index + 1}. ${T.steps[item.step]}`}
              description={
                <>
                  <div>{item.preset}</div>
                  {item.todo && <Typography.Text type="warning">{T.todo(item.todo)}</Typography.Text>}
                </>
              }
            />
          </List.Item>
        )}
      />
      {!setup.data?.finished && (
        <Button type="primary" size="large" loading={finish.isPending} onClick={() => void markFinished(true)}>
          {T.finish}
        </Button>
      )}
    </Space>
  );
}
