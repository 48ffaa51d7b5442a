import { DesktopOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Badge, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { useCounterScreen } from './useCounterScreen';

/** 访客屏 in the header: pair a screen to this counter (a code, or open it on this PC's second monitor), or let it go. */
export function ScreenButton() {
  const trpc = useTRPC();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const screen = useCounterScreen(open);
  const newCode = useMutation(trpc.screen.newCode.mutationOptions());
  const unpair = useMutation(trpc.screen.unpair.mutationOptions());
  if (!me.counter) return null;

  async function generate() {
    setFailure(null);
    try {
      setCode((await newCode.mutateAsync()).code);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return (
    <>
      <Button type="link" className="app-header-link" icon={<DesktopOutlined />} onClick={() => (setOpen(true), setCode(null))}>
        <Badge status={screen.paired ? 'success' : 'default'} /> 访客屏
      </Button>
      <Modal open={open} title={`访客屏 · ${me.counter.name}`} footer={null} onCancel={() => setOpen(false)}>
        <Typography.Paragraph>
          访客屏面向来访人：登记前请其核对信息，登记后显示事项编号，签单时由其评价并签名。可用本机的第二块显示器，或用平板电脑的浏览器打开本中心地址后加 <code>/screen</code>。
        </Typography.Paragraph>
        <Alert type={screen.paired ? 'success' : 'info'} showIcon message={screen.paired ? '已配对访客屏，正在使用。' : '尚未配对访客屏。'} style={{ marginBottom: 12 }} data-testid="screen-status" />
        {code && (
          <Typography.Paragraph>
            配对码（5 分钟内有效）：<strong className="screen-code-text" data-testid="screen-code">{code}</strong>
          </Typography.Paragraph>
        )}
        {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 12 }} />}
        <Space wrap>
          <Button type="primary" loading={newCode.isPending} onClick={() => void generate()}>
            生成配对码
          </Button>
          <Button disabled={!code} onClick={() => window.open(`/screen#code=${code}`, 'visitor-screen', 'popup,width=1024,height=768')}>
            在本机第二屏打开
          </Button>
          {screen.paired && (
            <Button danger loading={unpair.isPending} onClick={() => void unpair.mutateAsync().then(() => screen.refresh())}>
              解除配对
            </Button>
          )}
        </Space>
      </Modal>
    </>
  );
}
