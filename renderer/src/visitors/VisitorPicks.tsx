import { Button, List, Space } from 'antd';
import type { VisitorSummary } from './VisitorCard';

interface Props {
  people: VisitorSummary[];
  /** The button beside each person (查看查阅记录, 比对). */
  pickLabel: string;
  onPick: (visitorId: number) => void;
  empty: string;
  'data-testid'?: string;
}

/** Found people in one line each (name, masked ID and phone, visits), to pick one of them. */
export function VisitorPicks({ people, pickLabel, onPick, empty, ...rest }: Props) {
  return (
    <List
      data-testid={rest['data-testid']}
      size="small"
      bordered
      locale={{ emptyText: empty }}
      dataSource={people}
      renderItem={(v) => (
        <List.Item actions={[<Button key="pick" size="small" onClick={() => onPick(v.id)}>{pickLabel}</Button>]}>
          <Space>
            <strong>{v.name}</strong>
            <span className="hint">{v.maskedId || '无证件号'}</span>
            <span className="hint">{v.maskedPhone}</span>
            <span className="hint">来访 {v.visitCount} 次</span>
          </Space>
        </List.Item>
      )}
    />
  );
}
