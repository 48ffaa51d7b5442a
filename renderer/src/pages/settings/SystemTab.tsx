import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, List, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { backupScheduleInput, type BackupSchedule } from '../../../../shared/schemas/system';
import { chinaDateTime } from '../../../../shared/time';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { SYSTEM_UI as T } from './systemText';

function BackupCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<BackupSchedule>();
  const [failure, setFailure] = useState<string | null>(null);
  const status = useQuery(trpc.maintenance.status.queryOptions());
  const backupNow = useMutation(trpc.maintenance.backupNow.mutationOptions());
  const save = useMutation(trpc.maintenance.saveSchedule.mutationOptions());
  const when = Form.useWatch('when', form);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.maintenance.pathKey() });
  const backup = status.data?.backup;
  if (!backup) return <Card title={T.backupTitle} loading />;
  if (backup.byServer)
    return (
      <Card title={T.backupTitle} size="small">
        <Alert type="info" showIcon message={T.byServer} data-testid="backup-by-server" />
      </Card>
    );

  async function run() {
    setFailure(null);
    try {
      const done = await backupNow.mutateAsync();
      void message.success(T.backedUp(done.dir));
    } catch (err) {
      setFailure(errorMessage(err));
    }
    await refresh();
  }

  async function submit(values: BackupSchedule) {
    setFailure(null);
    try {
      await save.mutateAsync(values);
      void message.success(T.saved);
      await refresh();
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }

  const attempt = backup.lastAttempt;
  return (
    <Card title={T.backupTitle} size="small">
      <Space direction="vertical" style={{ width: '100%' }}>
        {backup.warning && <Alert type="warning" showIcon message={T.backupWarning(backup.warning)} />}
        {failure && <Alert type="error" showIcon message={failure} />}
        {attempt && !attempt.ok && <Alert type="error" showIcon message={T.lastFailed(chinaDateTime(attempt.at), attempt.message)} />}
        <Space wrap>
          <Typography.Text data-testid="last-backup">{backup.lastGood ? T.lastGood(chinaDateTime(backup.lastGood.at), backup.lastGood.dir) : T.noGood}</Typography.Text>
          <Button type="primary" onClick={run} loading={backupNow.isPending} disabled={!backup.schedule.target}>
            {T.backupNow}
          </Button>
        </Space>
        <Form form={form} layout="vertical" initialValues={backup.schedule} onFinish={submit} requiredMark={false} style={{ maxWidth: 640 }}>
          <Form.Item label={T.target} name="target" extra={T.targetHint} rules={[zodRule(backupScheduleInput.shape.target)]}>
            <Input placeholder="E:\受理台备份" />
          </Form.Item>
          <Space align="start" size="large" wrap>
            <Form.Item label={T.when} name="when">
              <Radio.Group
                options={[
                  { value: 'after_close', label: T.afterClose },
                  { value: 'time', label: T.atTime },
                ]}
              />
            </Form.Item>
            {/* Always there (kept when 日结后 is chosen), so switching back finds the time as it was. */}
            <Form.Item label={T.time} name="time" rules={[zodRule(backupScheduleInput.shape.time)]}>
              <Input style={{ width: 100 }} disabled={when !== 'time'} />
            </Form.Item>
          </Space>
          <Form.Item label={T.keep} extra={T.keepHint} style={{ marginBottom: 12 }}>
            <Space>
              <Form.Item name="keepDaily" noStyle rules={[zodRule(backupScheduleInput.shape.keepDaily)]}>
                <InputNumber addonBefore={T.keepDaily} min={1} max={60} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name="keepWeekly" noStyle rules={[zodRule(backupScheduleInput.shape.keepWeekly)]}>
                <InputNumber addonBefore={T.keepWeekly} min={0} max={52} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name="keepMonthly" noStyle rules={[zodRule(backupScheduleInput.shape.keepMonthly)]}>
                <InputNumber addonBefore={T.keepMonthly} min={0} max={120} style={{ width: 130 }} />
              </Form.Item>
            </Space>
          </Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {T.save}
          </Button>
        </Form>
      </Space>
    </Card>
  );
}

function CheckCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const status = useQuery(trpc.maintenance.status.queryOptions());
  const checkNow = useMutation(trpc.maintenance.checkNow.mutationOptions());
  const acknowledge = useMutation(trpc.maintenance.acknowledge.mutationOptions());
  const [failure, setFailure] = useState<string | null>(null);
  const check = status.data?.check ?? null;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.maintenance.pathKey() });

  async function act(action: () => Promise<unknown>, said?: string) {
    setFailure(null);
    try {
      await action();
      if (said) void message.success(said);
    } catch (err) {
      setFailure(errorMessage(err));
    }
    await refresh();
  }

  return (
    <Card title={T.checkTitle} size="small">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{T.checkHint}</Typography.Text>
        {failure && <Alert type="error" showIcon message={failure} />}
        <Space wrap>
          <Typography.Text>{check ? T.lastCheck(chinaDateTime(check.at), check.form === 'full') : T.neverChecked}</Typography.Text>
          <Button onClick={() => act(() => checkNow.mutateAsync())} loading={checkNow.isPending}>
            {T.checkNow}
          </Button>
        </Space>
        {check && check.findings.length === 0 && <Alert type="success" showIcon message={T.checkPassed} />}
        {check && check.findings.length > 0 && (
          <Alert
            type={check.acknowledged ? 'warning' : 'error'}
            showIcon
            message={T.checkFound(check.findings.length)}
            description={
              <List
                size="small"
                data-testid="check-findings"
                dataSource={check.findings}
                renderItem={(f) => (
                  <List.Item>
                    〔{f.table}
                    {f.row ? ` 第 ${f.row} 行` : ''}〕{f.problem}
                  </List.Item>
                )}
              />
            }
            action={
              !check.acknowledged && (
                <Button size="small" onClick={() => act(() => acknowledge.mutateAsync(), T.acknowledged)}>
                  {T.acknowledge}
                </Button>
              )
            }
          />
        )}
      </Space>
    </Card>
  );
}

/** 设置 · 系统: backups (now and on a schedule) and the data check with its findings. */
export function SystemTab() {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackupCard />
      <CheckCard />
    </Space>
  );
}
