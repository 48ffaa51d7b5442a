import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Spin, Switch, Typography } from 'antd';
import { useState } from 'react';
import { cardReaderInput } from '../../../../shared/schemas/devices';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { UI } from '../../text';

type Values = { libraryPath: string; port: number; keepPhoto: boolean };

/** 设备: the ID card reader on the host PC — where its vendor's library is, and its port. */
export function DevicesTab() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const current = useQuery(trpc.devices.cardReader.queryOptions());
  const save = useMutation(trpc.devices.setCardReader.mutationOptions());
  if (current.isPending) return <Spin />;

  async function submit(values: Values) {
    setFailure(null);
    try {
      await save.mutateAsync({ libraryPath: values.libraryPath ?? '', port: values.port, keepPhoto: values.keepPhoto ?? false });
      await queryClient.invalidateQueries();
      void message.success(UI.saved);
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={current.data} onFinish={(v) => void submit(v)} style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">
        二代证读卡器接在主机这台电脑上时，登记页出现“读卡”，把身份证放到读卡器上即自动填入。读卡器使用厂商提供的 termb 接口驱动库（Windows 为 termb.dll，Linux 为 libtermb.so），请把它放在固定位置并在此填写完整路径；保存时即试装载，不能使用的会说明原因。留空表示不用读卡器。
      </Typography.Paragraph>
      <Form.Item label="读卡器驱动库" name="libraryPath" rules={[zodRule(cardReaderInput.shape.libraryPath)]}>
        <Input placeholder="/opt/reader/libtermb.so 或 C:\reader\termb.dll" />
      </Form.Item>
      <Form.Item label="端口" name="port" rules={[zodRule(cardReaderInput.shape.port)]} extra="USB 读卡器一般为 1001；串口读卡器为 1–16。">
        <InputNumber min={1} max={1016} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="保存证件照片" name="keepPhoto" valuePropName="checked" extra="默认不保存：读卡时照片只显示给窗口核对。打开后，登记时把来访人证件照片存入其档案，每次查看都记入审计日志。">
        <Switch />
      </Form.Item>
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {UI.save}
      </Button>
    </Form>
  );
}
