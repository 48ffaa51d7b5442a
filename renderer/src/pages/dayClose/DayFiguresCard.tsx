import { Card, Descriptions, Statistic, Row, Col, Space, Tag } from 'antd';
import type { DayFigures } from '../../../../shared/dayClose';
import { VISIT_CHANNEL_LABELS } from '../../../../shared/text/labels';
import type { VisitChannel } from '../../../../shared/visit';
import { DAY_UI as T } from './dayText';

const tags = (items: { label: string; n: number }[]) =>
  items.length === 0 ? (
    T.none
  ) : (
    <Space wrap size={[4, 4]}>
      {items.map((i) => (
        <Tag key={i.label}>
          {i.label} {i.n}
        </Tag>
      ))}
    </Space>
  );

/** What came in and went out at the counter that day. */
export function DayFiguresCard({ figures: f }: { figures: DayFigures }) {
  const numbers: [string, number][] = [
    [T.visits, f.visits],
    [T.heads, f.heads],
    [T.collective, f.collective],
    [T.accepted, f.accepted],
    [T.declined, f.declined],
    [T.resolved, f.resolved],
    [T.signedOff, f.signedOff],
    [T.carriedOver, f.carriedOver],
  ];
  return (
    <Card title={T.figures} data-testid="day-figures">
      <Row gutter={16}>
        {numbers.map(([label, n]) => (
          <Col key={label} span={3}>
            <Statistic title={label} value={n} />
          </Col>
        ))}
      </Row>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 16 }}
        items={[
          { key: 'channel', label: T.byChannel, children: tags(Object.entries(f.byChannel).map(([c, n]) => ({ label: VISIT_CHANNEL_LABELS[c as VisitChannel], n }))) },
          { key: 'category', label: T.byCategory, children: tags(f.byCategory.map((c) => ({ label: c.name, n: c.count }))) },
          { key: 'referred', label: T.referred, children: tags(f.referred.map((r) => ({ label: r.station, n: r.count }))) },
        ]}
      />
    </Card>
  );
}
