import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { PRODUCT_NAME } from '../../../shared/text/labels';
import { useTRPC } from '../api/client';
import { errorMessage } from '../api/errors';
import { markSignedIn, signedOutReason } from '../api/token';
import { chooseCentre } from '../api/centreChoice';
import { COUNTER_KEY } from '../shell/CounterSwitch';
import { InsecureBanner } from '../shell/InsecureBanner';
import { UI } from '../text';


interface LoginForm {
  username: string;
  password: string;
  counterId?: number;
}

interface LoginState {
  from?: string;
  message?: string | null;
}

export function LoginPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const reason = state.message ?? signedOutReason();
  const [failure, setFailure] = useState<string | null>(null);
  const info = useQuery(trpc.system.info.queryOptions());
  const login = useMutation(trpc.auth.login.mutationOptions());
  const [form] = Form.useForm<LoginForm>();
  const counters = info.data?.counters;
  const centres = info.data?.centres;

  // Preselect this PC's counter once the list arrives, without touching anything already typed.
  useEffect(() => {
    const saved = Number(localStorage.getItem(COUNTER_KEY));
    if (counters?.some((c) => c.id === saved) && form.getFieldValue('counterId') === undefined) form.setFieldValue('counterId', saved);
  }, [counters, form]);

  async function submit(values: LoginForm) {
    setFailure(null);
    try {
      const session = await login.mutateAsync({ ...values, counterId: values.counterId ?? null });
      markSignedIn();
      if (values.counterId) localStorage.setItem(COUNTER_KEY, String(values.counterId));
      queryClient.clear();
      // The admin's first page depends on the setup checklist. Asked for here, while the button still
      // spins, the start page is known when the menu appears: a click on the menu during a late
      // redirect was otherwise overridden by it (the admin pressed 设置 and landed on 登记).
      if (session.user.role === 'admin' && !session.user.mustChangePassword) await queryClient.prefetchQuery(trpc.admin.setup.queryOptions());
      navigate(state.from && state.from !== '/login' ? state.from : '/', { replace: true });
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return (
    <div className="login-page">
      <InsecureBanner fixed />
      <Card className="login-card">
        <Typography.Title level={3} style={{ marginBottom: 4, textAlign: 'center' }}>
          {info.data?.centreName ?? ' '}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {PRODUCT_NAME}
        </Typography.Paragraph>
        {reason && !failure && <Alert type="warning" showIcon message={reason} style={{ marginBottom: 16 }} />}
        {info.isError && <Alert type="error" showIcon message={UI.login.hostDown} style={{ marginBottom: 16 }} />}
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
        <Form<LoginForm> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          {centres && centres.length > 1 && (
            <Form.Item label={UI.login.centre} htmlFor="login-centre">
              <Select
                id="login-centre"
                size="large"
                value={info.data?.area ?? undefined}
                options={centres.map((c) => ({ value: c.area, label: c.name }))}
                onChange={(area: string) => {
                  chooseCentre(area);
                  // Another centre: its own name, counters and accounts.
                  form.setFieldValue('counterId', undefined);
                  void queryClient.invalidateQueries({ queryKey: trpc.system.info.queryKey() });
                }}
              />
            </Form.Item>
          )}
          <Form.Item label={UI.login.username} name="username" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}>
            <Input autoFocus autoComplete="username" size="large" />
          </Form.Item>
          <Form.Item label={UI.login.password} name="password" rules={[{ required: true, message: '请填写密码' }]}>
            {/* No eye toggle: it took a Tab stop, and a password shown at a hall counter is read by whoever stands there. */}
            <Input.Password autoComplete="current-password" size="large" visibilityToggle={false} />
          </Form.Item>
          {/* Enter on the closed list signs in, as on the other fields; on the open list it picks the counter. */}
          <div
            onKeyDownCapture={(e) => {
              const open = (e.target as HTMLElement).getAttribute('aria-expanded') === 'true';
              if (e.key !== 'Enter' || open || e.nativeEvent.isComposing) return;
              e.preventDefault();
              e.stopPropagation();
              form.submit();
            }}
          >
            <Form.Item label={UI.login.counter} name="counterId">
              <Select
                allowClear
                size="large"
                placeholder={UI.login.counterPlaceholder}
                options={(counters ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          </div>
          <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
            {UI.login.submit}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {info.data ? `版本 ${info.data.version}` : ''}
          {info.data?.transport === 'https' && (
            <>
              {' · '}
              <Link to="/certificate">安装中心证书</Link>
            </>
          )}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
