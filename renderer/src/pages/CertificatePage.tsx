import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Tabs, Typography } from 'antd';
import { Link } from 'react-router';
import { useTRPC } from '../api/client';

/** Numbered steps, each to be done in turn (a command to type shown as code). */
function InstallSteps({ steps }: { steps: { title: string; command?: string }[] }) {
  return (
    <ol className="install-steps">
      {steps.map((step) => (
        <li key={step.title}>
          {step.title}
          {step.command && (
            <div>
              <Typography.Text code copyable>
                {step.command}
              </Typography.Text>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * 安装中心证书: a PC with only a browser trusts the centre's own CA once, and then opens the host
 * without warnings. Reachable before signing in (the certificate is public).
 */
export function CertificatePage() {
  const trpc = useTRPC();
  const info = useQuery(trpc.system.info.queryOptions());
  const https = info.data?.transport === 'https';
  return (
    <div className="login-page">
      <Card className="login-card" style={{ width: 640 }} title="安装中心证书">
        <Typography.Paragraph>
          本中心的受理台主机使用中心自己的证书加密连接。每台只用浏览器访问的电脑，安装一次中心根证书后，浏览器就会信任主机，不再提示“不安全”。
        </Typography.Paragraph>
        {https ? (
          <Button type="primary" href="/centre-ca.crt" download="centre-ca.crt" style={{ marginBottom: 16 }}>
            下载中心根证书（centre-ca.crt）
          </Button>
        ) : (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message="主机当前没有使用 HTTPS，无需安装证书。" />
        )}
        <Tabs
          items={[
            {
              key: 'windows',
              label: 'Windows',
              children: (
                <InstallSteps
                  steps={[
                    { title: '双击下载的 centre-ca.crt，点“安装证书”' },
                    { title: '存储位置选“本地计算机”（需要管理员确认）' },
                    { title: '选“将所有的证书都放入下列存储”，浏览选“受信任的根证书颁发机构”，完成' },
                    { title: '关闭并重新打开浏览器' },
                  ]}
                />
              ),
            },
            {
              key: 'uos',
              label: 'UOS / 麒麟',
              children: (
                <InstallSteps
                  steps={[
                    { title: '打开终端，把证书复制到系统证书目录', command: 'sudo cp ~/下载/centre-ca.crt /usr/local/share/ca-certificates/' },
                    { title: '更新系统证书', command: 'sudo update-ca-certificates' },
                    { title: '浏览器若仍提示，在浏览器设置 · 隐私和安全 · 管理证书 · 授权机构中导入同一文件，勾选“信任此证书以标识网站”' },
                    { title: '关闭并重新打开浏览器' },
                  ]}
                />
              ),
            },
          ]}
        />
        <Link to="/login">返回登录</Link>
      </Card>
    </div>
  );
}
