import { Alert, Button, Input, Result, Space, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import type { ScreenState, Stroke } from '../../../../shared/screen';
import type { Satisfaction } from '../../../../shared/visit';
import { errorMessage } from '../../api/errors';
import { isUnpaired, screenClient, screenToken } from './screenClient';
import { SignaturePad } from './SignaturePad';

const client = screenClient();
const POLL_MS = 1000;

function Pairing({ onPaired }: { onPaired: () => void }) {
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  async function pair(value: string) {
    setFailure(null);
    try {
      const { token } = await client.screen.pair.mutate({ code: value });
      screenToken.set(token);
      onPaired();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }
  // Opened from the counter on this PC's second monitor: the code comes in the address, not typed.
  useEffect(() => {
    const fromAddress = /code=(\d{6})/.exec(window.location.hash)?.[1];
    if (fromAddress) {
      history.replaceState(null, '', window.location.pathname);
      void pair(fromAddress);
    }
    // Once, on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="screen-center">
      <Typography.Title level={2}>访客屏配对</Typography.Title>
      <Typography.Paragraph className="screen-big">请输入窗口“访客屏”里显示的 6 位配对码</Typography.Paragraph>
      <Space>
        <Input size="large" className="screen-code" value={code} maxLength={6} inputMode="numeric" aria-label="配对码" onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} onPressEnter={() => void pair(code)} />
        <Button type="primary" size="large" onClick={() => void pair(code)}>
          配对
        </Button>
      </Space>
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginTop: 16 }} />}
    </div>
  );
}

function ReceiptCodes({ state }: { state: Extract<ScreenState, { phase: 'receipt' }> }) {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (state.matterCodes[0]) void QRCode.toDataURL(state.matterCodes[0], { margin: 1, width: 220 }).then(setQr);
  }, [state.matterCodes]);
  return (
    <div className="screen-center">
      <Typography.Title level={2}>登记完成</Typography.Title>
      <p className="screen-big">登记编号：{state.visitNo}</p>
      {state.matterCodes.map((c) => (
        <p key={c} className="screen-huge" data-testid="screen-matter-code">
          事项编号 {c}
        </p>
      ))}
      {qr && <img src={qr} alt="事项编号二维码" width={220} height={220} />}
      <p className="screen-big">请保管好回执，凭事项编号可查询办理进度。</p>
    </div>
  );
}

function SignOff({ state, seq }: { state: Extract<ScreenState, { phase: 'signoff' }>; seq: number }) {
  const [rating, setRating] = useState<Satisfaction | null>(null);
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  async function send() {
    setFailure(null);
    if (!rating) return setFailure('请先选择满意、基本满意或不满意');
    try {
      await client.screen.answer.mutate({ kind: 'rating', seq, satisfaction: rating, strokes });
      setSent(true);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }
  if (sent) return <Result status="success" title="谢谢您的评价" subTitle="窗口工作人员将为您办结签单。" />;
  return (
    <div className="screen-block">
      <Typography.Title level={2}>请对办理结果评价并签名</Typography.Title>
      <p className="screen-big">事项编号：{state.matterCode}</p>
      <p className="screen-big">您的诉求：{state.content}</p>
      <p className="screen-big">
        {`承办单位：${state.stationName || '—'}\u3000办理结果：${state.result || '—'}`}
      </p>
      <Space size="large" className="screen-rating">
        {(
          [
            ['satisfied', '满意'],
            ['basically', '基本满意'],
            ['dissatisfied', '不满意'],
          ] as const
        ).map(([value, label]) => (
          <Button key={value} size="large" type={rating === value ? 'primary' : 'default'} danger={value === 'dissatisfied' && rating === value} onClick={() => setRating(value)}>
            {label}
          </Button>
        ))}
      </Space>
      <p className="screen-big">请在下面框内签名：</p>
      <SignaturePad onChange={(s) => (setStrokes(s), setFailure(null))} />
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginTop: 12 }} />}
      <Button type="primary" size="large" block style={{ marginTop: 16, height: 56, fontSize: 22 }} onClick={() => void send()}>
        提交评价和签名
      </Button>
    </div>
  );
}

function Confirm({ state, seq }: { state: Extract<ScreenState, { phase: 'confirm' }>; seq: number }) {
  const [answered, setAnswered] = useState<boolean | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  async function answer(confirmed: boolean) {
    setFailure(null);
    try {
      await client.screen.answer.mutate({ kind: 'confirm', seq, confirmed });
      setAnswered(confirmed);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }
  return (
    <div className="screen-block">
      <Typography.Title level={2}>请核对您的登记信息</Typography.Title>
      <p className="screen-big">姓名：{state.name}</p>
      <p className="screen-big">联系电话：{state.phone || '—'}</p>
      {state.demands.map((d, i) => (
        <p key={i} className="screen-big">
          诉求{state.demands.length > 1 ? i + 1 : ''}（{d.category}）：{d.content}
        </p>
      ))}
      {answered === null ? (
        <Space size="large">
          <Button type="primary" size="large" onClick={() => void answer(true)}>
            信息无误
          </Button>
          <Button size="large" onClick={() => void answer(false)}>
            有误，请修改
          </Button>
        </Space>
      ) : (
        <Alert type={answered ? 'success' : 'warning'} showIcon message={answered ? '已确认，请稍候' : '已告知工作人员修改，请稍候'} className="screen-big" />
      )}
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginTop: 12 }} />}
    </div>
  );
}

/**
 * 访客屏: what faces the visitor — large text, only what the counter puts on it for the person before
 * it. It asks every second; a lost connection is said and retried, an unpairing goes back to pairing.
 */
export function VisitorScreenPage() {
  const [paired, setPaired] = useState(() => screenToken.get() !== null);
  const [now, setNow] = useState<{ seq: number; state: ScreenState; counterName: string } | null>(null);
  const [lost, setLost] = useState(false);
  const busy = useRef(false);

  useEffect(() => {
    if (!paired) return;
    const tick = async () => {
      if (busy.current) return;
      busy.current = true;
      try {
        const next = await client.screen.now.query();
        setLost(false);
        setNow((prev) => (prev && prev.seq === next.seq ? prev : next));
      } catch (err) {
        if (isUnpaired(err)) {
          screenToken.clear();
          setPaired(false);
          setNow(null);
        } else setLost(true);
      } finally {
        busy.current = false;
      }
    };
    void tick();
    const timer = window.setInterval(() => void tick(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [paired]);

  return (
    <div className="screen-page">
      {lost && <Alert type="warning" showIcon banner message="与窗口的连接中断，正在重新连接……" role="alert" />}
      {!paired ? (
        <Pairing onPaired={() => setPaired(true)} />
      ) : !now ? null : now.state.phase === 'confirm' ? (
        <Confirm key={now.seq} state={now.state} seq={now.seq} />
      ) : now.state.phase === 'receipt' ? (
        <ReceiptCodes state={now.state} />
      ) : now.state.phase === 'signoff' ? (
        <SignOff key={now.seq} state={now.state} seq={now.seq} />
      ) : (
        <div className="screen-center">
          <Typography.Title level={1}>欢迎来到综治中心</Typography.Title>
          <p className="screen-big">{`${now.counterName}\u3000请稍候，工作人员为您办理`}</p>
        </div>
      )}
    </div>
  );
}
