import { App, Button, Card, List, Result, Space, Switch, Tag } from 'antd';
import { CameraOutlined, PrinterOutlined } from '@ant-design/icons';
import { CameraDialog } from '../materials/CameraDialog';
import { useCounterScreen } from '../screen/useCounterScreen';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { chinaDateTime } from '../../../../shared/time';
import { PaperButton, ReceiptButton, receiptLayout, usePrintDocument } from '../../print/ReceiptButton';
import { MatterStatusTag } from '../../visitors/VisitorCard';
import type { RouterOutputs } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMediationPaper } from '../mediation/useMediationPaper';

export type RegisteredVisit = RouterOutputs['visits']['register'];

/** Whether this PC prints the receipts of a registration as soon as it is saved. */
const AUTO_KEY = 'desk.autoReceipt';
/** Visits whose receipts went out automatically: a re-render never prints twice. */
const autoPrinted = new Set<string>();

/** 打印口头协议登记表: the paper of an oral agreement made at the desk, issued from its committee's file. */
function OralPaperButton({ matterId }: { matterId: number }) {
  const { print, pending } = useMediationPaper(matterId);
  const { message } = App.useApp();
  return (
    <Button icon={<PrinterOutlined />} loading={pending} onClick={() => void print('oral_agreement').catch((err: unknown) => void message.error(errorMessage(err)))}>
      打印口头协议登记表
    </Button>
  );
}

/** 拍照材料 right after 登记: what the visitor handed in goes with the matter just made. */
function MaterialButton({ matterId }: { matterId: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<CameraOutlined />} onClick={() => setOpen(true)}>
        拍照材料
      </Button>
      <CameraDialog matterId={matterId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** After 登记: the numbers to write on the visitor's slip, and the way to the next visitor. */
export function Registered({ result, onNext }: { result: RegisteredVisit; onNext: () => void }) {
  const { print } = usePrintDocument();
  const screen = useCounterScreen();
  // The visitor's screen shows the numbers to keep.
  useEffect(() => {
    if (screen.paired) void screen.show({ phase: 'receipt', visitNo: result.visitNo, matterCodes: result.matters.map((m) => m.code).slice(0, 5) }).catch(() => undefined);
    // Once per registration, when the screen is known to be there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result.visitNo, screen.paired]);
  const [auto, setAuto] = useState(() => localStorage.getItem(AUTO_KEY) === '1');
  useEffect(() => {
    if (localStorage.getItem(AUTO_KEY) !== '1' || autoPrinted.has(result.visitNo)) return;
    autoPrinted.add(result.visitNo);
    // New matters taken in get their receipt; a repeat visit's matter has one already.
    for (const m of result.matters) if (m.status !== 'declined' && !m.repeat) void print('receipt', m.id, receiptLayout());
    // Once per registration, whatever the render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result.visitNo]);
  return (
    <Card
      extra={
        <Space>
          <span>登记后自动打印回执</span>
          <Switch aria-label="登记后自动打印回执" checked={auto} onChange={(on) => (setAuto(on), localStorage.setItem(AUTO_KEY, on ? '1' : '0'))} />
        </Space>
      }
    >
      <Result
        status="success"
        title={
          <span>
            登记成功，登记编号 <strong data-testid="visit-no">{result.visitNo}</strong>
          </span>
        }
        subTitle={`登记时间 ${chinaDateTime(result.visitedAt)}`}
        extra={
          <Button type="primary" autoFocus onClick={onNext}>
            继续登记
          </Button>
        }
      />
      <List
        header="本次登记的事项"
        bordered
        dataSource={result.matters}
        renderItem={(m) => (
          <List.Item>
            <Space>
              <Link to={`/matters/${m.id}`}>{m.code}</Link>
              <MatterStatusTag status={m.status} />
              {m.repeat && <Tag color="orange">重复访</Tag>}
            </Space>
            <Space>
              {m.oral && <OralPaperButton matterId={m.id} />}
              <MaterialButton matterId={m.id} />
              {m.status === 'declined' ? <PaperButton kind="notice" matterId={m.id} /> : <ReceiptButton matterId={m.id} />}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
