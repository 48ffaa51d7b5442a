import { CameraOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Image, Space, Typography } from 'antd';
import { useState } from 'react';
import { chinaDateTime } from '../../../../shared/time';
import { useTRPC } from '../../api/client';
import { CameraDialog } from './CameraDialog';

function Picture({ id, caption }: { id: number; caption: string }) {
  const trpc = useTRPC();
  // A kept picture never changes.
  const image = useQuery({ ...trpc.materials.image.queryOptions({ materialId: id }), staleTime: Infinity });
  if (!image.data) return <div className="material-thumb" />;
  return <Image width={96} height={96} style={{ objectFit: 'cover' }} src={`data:${image.data.mime};base64,${image.data.base64}`} alt={caption} />;
}

/** 材料 on the matter page: what the visitor handed in, as pictures, and the way to add one. */
export function MaterialsCard({ matterId }: { matterId: number }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const list = useQuery(trpc.materials.list.queryOptions({ matterId }));
  return (
    <Card
      title={`材料（${list.data?.length ?? 0}）`}
      data-testid="materials"
      extra={
        <Button icon={<CameraOutlined />} onClick={() => setOpen(true)}>
          拍照 / 扫描材料
        </Button>
      }
    >
      {list.data?.length ? (
        <Image.PreviewGroup>
          <Space wrap size="middle">
            {list.data.map((m) => (
              <Space key={m.id} direction="vertical" size={2} align="center">
                <Picture id={m.id} caption={m.caption} />
                <Typography.Text>{m.caption}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {chinaDateTime(m.addedAt)} · {m.addedBy}
                </Typography.Text>
              </Space>
            ))}
          </Space>
        </Image.PreviewGroup>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有材料。来访人交来的借条、证件、信件等，可用高拍仪拍照保存。" />
      )}
      <CameraDialog matterId={matterId} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}
