import { CameraOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Slider, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { addMaterialInput } from '../../../../shared/schemas/materials';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { zodRule } from '../../forms/rules';
import { cameraFailure, pictureOf } from './capture';

/**
 * 拍照/扫描材料: the document camera (or any camera) shows the paper live; 拍照 takes it with the
 * edges trimmed; the clerk names it and keeps it with the matter. Without a camera, a picture file.
 */
export function CameraDialog({ matterId, open, onClose }: { matterId: number; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const video = useRef<HTMLVideoElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const [trim, setTrim] = useState(0.04);
  const [picture, setPicture] = useState<string | null>(null);
  const [form] = Form.useForm<{ caption: string }>();
  const add = useMutation(trpc.materials.add.mutationOptions());

  useEffect(() => {
    if (!open) return;
    let stream: MediaStream | null = null;
    let cancelled = false;
    setFailure(null);
    setPicture(null);
    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('insecure');
        stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } } });
        if (cancelled) return stream.getTracks().forEach((t) => t.stop());
        if (video.current) {
          video.current.srcObject = stream;
          await video.current.play().catch(() => undefined);
        }
        setLive(true);
        // A camera pulled out while shown ends its track: said, and a file can still be chosen.
        stream.getVideoTracks()[0]?.addEventListener('ended', () => (setLive(false), setFailure('摄像头已断开：请检查 USB 线后重新打开，或改为“选择图片文件”。')));
      } catch (err) {
        setLive(false);
        setFailure(cameraFailure(err));
      }
    })();
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((t) => t.stop());
      setLive(false);
    };
  }, [open]);

  async function shoot() {
    if (!video.current) return;
    const taken = await pictureOf(video.current, trim);
    if (taken) setPicture(taken);
    else setFailure('没有拍到图片：请等画面出现后再拍，或改为“选择图片文件”。');
  }

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    if (!file.type.startsWith('image/')) return setFailure(`“${file.name}”不是图片，请选择 JPG 或 PNG 图片`);
    try {
      const bitmap = await createImageBitmap(file);
      const taken = await pictureOf(bitmap, 0);
      bitmap.close();
      if (taken) setPicture(taken);
      else setFailure(`“${file.name}”压缩后仍过大，请换一张`);
    } catch {
      setFailure(`“${file.name}”无法识别为图片，请换一张`);
    }
  }

  async function keep({ caption }: { caption: string }) {
    if (!picture) return setFailure('请先拍照或选择图片');
    try {
      await add.mutateAsync({ matterId, caption, imageBase64: picture });
      await queryClient.invalidateQueries({ queryKey: trpc.materials.list.queryKey({ matterId }) });
      void message.success(`已保存材料：${caption}`);
      form.resetFields();
      onClose();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return (
    <Modal open={open} title="拍照 / 扫描材料" width={760} onCancel={onClose} onOk={() => form.submit()} okText="保存材料" okButtonProps={{ disabled: !picture }} confirmLoading={add.isPending} destroyOnHidden>
      {failure && <Alert type="warning" showIcon message={failure} role="alert" style={{ marginBottom: 12 }} />}
      <div className="camera-frame">
        {picture ? <img src={`data:image/jpeg;base64,${picture}`} alt="拍到的材料" /> : <video ref={video} muted playsInline aria-label="摄像头画面" style={{ display: live ? 'block' : 'none' }} />}
      </div>
      <Space wrap style={{ margin: '12px 0' }}>
        {picture ? (
          <Button onClick={() => setPicture(null)} disabled={!live}>
            重拍
          </Button>
        ) : (
          <Button type="primary" icon={<CameraOutlined />} disabled={!live} onClick={() => void shoot()}>
            拍照
          </Button>
        )}
        <Button icon={<FolderOpenOutlined />} onClick={() => fileInput.current?.click()}>
          选择图片文件
        </Button>
        <span>裁去边缘</span>
        <Slider min={0} max={0.2} step={0.01} value={trim} onChange={setTrim} style={{ width: 160 }} tooltip={{ formatter: (v) => `${Math.round((v ?? 0) * 100)}%` }} aria-label="裁去边缘" />
      </Space>
      <input ref={fileInput} type="file" accept="image/*" style={{ display: 'none' }} data-testid="material-file-input" onChange={(e) => void chooseFile(e.target.files?.[0])} />
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void keep(v)}>
        <Form.Item label="材料名称" name="caption" rules={[zodRule(addMaterialInput.shape.caption)]}>
          <Input placeholder="如：借条、宅基地使用证、信件" maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
