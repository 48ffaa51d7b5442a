import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Switch, Tag } from 'antd';
import { useState } from 'react';
import { ROLES, type Role } from '../../../../shared/roles';
import { createUserInput } from '../../../../shared/schemas/admin';
import { containsUsername, HAS_USERNAME, passwordSchema } from '../../../../shared/schemas/auth';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../../../shared/text/labels';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { RecordEditor } from '../../forms/RecordEditor';
import { zodRule } from '../../forms/rules';
import { UI } from '../../text';

type User = RouterOutputs['admin']['users'][number];

interface UserValues {
  username: string;
  displayName: string;
  role: Role;
  stationId: number | null;
  password: string;
  active: boolean;
}

const T = UI.settings;

export function UsersTab() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const users = useQuery(trpc.admin.users.queryOptions());
  const stations = useQuery(trpc.admin.stations.queryOptions());
  const createUser = useMutation(trpc.admin.createUser.mutationOptions());
  const updateUser = useMutation(trpc.admin.updateUser.mutationOptions());
  const resetPassword = useMutation(trpc.admin.resetPassword.mutationOptions());
  const [resetting, setResetting] = useState<User | null>(null);
  const [resetForm] = Form.useForm<{ password: string }>();
  const stationName = (id: number | null) => stations.data?.find((s) => s.id === id)?.name ?? '';

  async function save(values: UserValues, editing: User | null) {
    if (editing) await updateUser.mutateAsync({ id: editing.id, ...values, stationId: values.stationId ?? null });
    else await createUser.mutateAsync({ ...values, stationId: values.stationId ?? null });
    await queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() });
    void message.success(UI.saved);
  }

  async function reset({ password }: { password: string }) {
    if (!resetting) return;
    try {
      await resetPassword.mutateAsync({ id: resetting.id, password });
      setResetting(null);
      void message.success(T.resetDone);
    } catch (err) {
      resetForm.setFields([{ name: 'password', errors: [errorMessage(err)] }]);
    }
  }

  return (
    <>
      <RecordEditor<User, UserValues>
        rows={users.data}
        loading={users.isPending}
        addLabel={T.addUser}
        editLabel={T.editUser}
        emptyValues={{ role: 'clerk', stationId: null, active: true }}
        toValues={(u) => ({ username: u.username, displayName: u.displayName, role: u.role, stationId: u.stationId, password: '', active: u.active })}
        save={save}
        columns={[
          { title: T.username, dataIndex: 'username' },
          { title: T.displayName, dataIndex: 'displayName' },
          { title: T.role, dataIndex: 'role', render: (r: Role) => ROLE_LABELS[r] },
          { title: T.station, dataIndex: 'stationId', render: (id: number | null) => stationName(id) },
          { title: UI.status, dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">{UI.active}</Tag> : <Tag>{UI.inactive}</Tag>) },
          {
            title: T.resetPassword,
            key: 'reset',
            render: (_v, u) => (
              <Button type="link" onClick={() => (resetForm.resetFields(), setResetting(u))}>
                {T.resetPassword}
              </Button>
            ),
          },
        ]}
        fields={(editing) => (
          <>
            <Form.Item label={T.username} name="username" rules={[zodRule(createUserInput.shape.username)]}>
              <Input disabled={editing !== null} autoComplete="off" />
            </Form.Item>
            <Form.Item label={T.displayName} name="displayName" rules={[zodRule(createUserInput.shape.displayName)]}>
              <Input />
            </Form.Item>
            <Form.Item noStyle dependencies={['role']}>
              {({ getFieldValue }) => (
                <Form.Item label={T.role} name="role" rules={[{ required: true, message: '请选择角色' }]} extra={ROLE_DESCRIPTIONS[getFieldValue('role') as Role]}>
                  <Select options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
                </Form.Item>
              )}
            </Form.Item>
            <Form.Item noStyle dependencies={['role']}>
              {({ getFieldValue }) =>
                getFieldValue('role') === 'station' && (
                  <Form.Item label={T.station} name="stationId" rules={[{ required: true, message: '承办人必须绑定一个入驻单位' }]}>
                    <Select options={stations.data?.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))} />
                  </Form.Item>
                )
              }
            </Form.Item>
            {editing === null ? (
              <Form.Item
                label={T.password}
                name="password"
                dependencies={['username']}
                rules={[
                  zodRule(passwordSchema),
                  ({ getFieldValue }) => ({
                    validator: async (_r, value: string | undefined) => {
                      if (value && containsUsername(value, String(getFieldValue('username') ?? ''))) throw new Error(HAS_USERNAME);
                    },
                  }),
                ]}
                extra="至少 10 位，含字母和数字，不含用户名；用户首次登录时须修改此密码"
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            ) : (
              <Form.Item label={UI.status} name="active" valuePropName="checked">
                <Switch checkedChildren={UI.active} unCheckedChildren={UI.inactive} />
              </Form.Item>
            )}
          </>
        )}
      />
      <Modal
        title={`${T.resetPassword}：${resetting?.displayName ?? ''}`}
        open={resetting !== null}
        onOk={() => resetForm.submit()}
        onCancel={() => setResetting(null)}
        okText={UI.save}
        cancelText={UI.cancel}
        confirmLoading={resetPassword.isPending}
        forceRender
      >
        <Form form={resetForm} layout="vertical" onFinish={(v) => void reset(v)} requiredMark={false}>
          <Form.Item label={T.newPassword} name="password" rules={[zodRule(passwordSchema)]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
