import type { inferRouterOutputs } from '@trpc/server';
import { Button, Card, List, Result, Space, Tag } from 'antd';
import { Link } from 'react-router';
import type { AppRouter } from '../../../../main/api/router';
import { chinaDateTime } from '../../../../shared/time';
import { ReceiptButton } from '../../print/ReceiptButton';
import { MatterStatusTag } from '../../visitors/VisitorCard';

export type RegisteredVisit = inferRouterOutputs<AppRouter>['visits']['register'];

/** After 登记: the numbers to write on the visitor's slip, and the way to the next visitor. */
export function Registered({ result, onNext }: { result: RegisteredVisit; onNext: () => void }) {
  return (
    <Card>
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
            {m.status !== 'declined' && <ReceiptButton matterId={m.id} />}
          </List.Item>
        )}
      />
    </Card>
  );
}
