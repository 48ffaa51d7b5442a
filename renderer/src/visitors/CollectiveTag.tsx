import { Tag } from 'antd';
import { isCollective } from '../../../shared/schemas/visit';

/** 集体访 N 人: wherever a matter appears, the people handling it see that a group stands behind it. */
export function CollectiveTag({ headcount }: { headcount: number }) {
  if (!isCollective(headcount)) return null;
  return (
    <Tag color="red" data-testid="collective-tag">
      集体访 {headcount} 人
    </Tag>
  );
}
