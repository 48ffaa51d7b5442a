import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../../shared/grid';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { bytesToBase64 } from '../../forms/jpeg';
import { GRID_TEXT as T } from './gridText';

type Check = RouterOutputs['grid']['previewImport'];

/** 导入网格平台表格: pick the file, see every row checked, then take the good rows at once. */
export function GridImport({ onImported }: { onImported: () => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const preview = useMutation(trpc.grid.previewImport.mutationOptions());
  const commit = useMutation(trpc.grid.commitImport.mutationOptions());

  function reset() {
    setFile(null);
    setCheck(null);
    setDone(false);
    setFailure(null);
    if (input.current) input.current.value = '';
  }

  async function pick(picked: File | undefined) {
    reset();
    if (!picked) return;
    if (picked.size > MAX_IMPORT_BYTES) {
      setFailure(`文件过大（不超过 ${MAX_IMPORT_BYTES / 1024} KB），请在网格平台按月分批导出`);
      return;
    }
    const chosen = { fileName: picked.name, dataBase64: bytesToBase64(new Uint8Array(await picked.arrayBuffer())) };
    setFile(chosen);
    try {
      setCheck(await preview.mutateAsync(chosen));
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  async function take() {
    if (!file) return;
    setFailure(null);
    try {
      setCheck(await commit.mutateAsync(file));
      setDone(true);
      onImported();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => (reset(), setOpen(true))}>
        {T.importButton}
      </Button>
      <Modal
        open={open}
        title={T.importTitle}
        width={900}
        onCancel={() => setOpen(false)}
        footer={
          <Space>
            <Button onClick={() => setOpen(false)}>{done ? '完成' : '取消'}</Button>
            {!done && (
              <Button type="primary" disabled={!check || check.taken === 0} loading={commit.isPending} onClick={() => void take()}>
                {T.commit(check?.taken ?? 0)}
              </Button>
            )}
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{T.importHint}</Typography.Paragraph>
        <Space style={{ marginBottom: 12 }}>
          <Button icon={<UploadOutlined />} loading={preview.isPending} onClick={() => input.current?.click()}>
            {T.pickFile}
          </Button>
          <span>{file?.fileName}</span>
          <input ref={input} type="file" style={{ display: 'none' }} accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" data-testid="grid-import-input" onChange={(e) => void pick(e.target.files?.[0])} />
        </Space>
        {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 12 }} />}
        {check && (
          <>
            <Alert
              type={done ? 'success' : check.refused ? 'warning' : 'info'}
              showIcon
              role="status"
              style={{ marginBottom: 12 }}
              message={done ? T.imported(check.taken, check.refused) : T.previewSummary(check.taken, check.refused)}
            />
            <Table
              size="small"
              rowKey="rowNo"
              pagination={{ pageSize: 8, showSizeChanger: false }}
              dataSource={check.rows}
              rowClassName={(r) => (r.reasons.length ? 'import-refused' : '')}
              columns={[
                { title: '行号', dataIndex: 'rowNo', width: 64 },
                { title: '事件编号', dataIndex: 'externalNo', width: 150 },
                { title: '当事人', dataIndex: 'partyName', width: 120, ellipsis: true },
                { title: '事发地点', dataIndex: 'place', width: 180, ellipsis: true },
                {
                  title: '检查结果',
                  render: (_: unknown, r) => (r.reasons.length ? <Typography.Text type="danger">{r.reasons.join('；')}</Typography.Text> : <Typography.Text type="success">{T.rowOk}</Typography.Text>),
                },
              ]}
            />
          </>
        )}
      </Modal>
    </>
  );
}
