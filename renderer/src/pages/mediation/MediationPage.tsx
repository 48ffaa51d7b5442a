import { DeleteOutlined, EyeOutlined, PlusOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Modal, Popconfirm, Radio, Result, Row, Space, Spin, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { MEDIATION_SOURCES } from '../../../../shared/mediation';
import { mediationInput, MAX_CLAUSES, type MediationInput, type MediationPaper } from '../../../../shared/schemas/mediation';
import { MEDIATION_SOURCE_LABELS } from '../../../../shared/text/labels';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { DayInput } from '../../forms/DayInput';
import { PaperTable } from '../../print/PaperTable';
import { MEDIATION_UI as T } from './mediationText';
import { PartiesField } from './PartiesField';
import { RevisitCard } from './RevisitCard';
import { useMediationPaper, useMediationPrintAgain } from './useMediationPaper';

type MediationFile = RouterOutputs['mediation']['get'];
type FormValues = Omit<MediationInput, 'matterId' | 'version'>;
const rules = mediationInput.shape;

/** The PDF shown inside the page, so the mediator compares it with the form before issuing. */
function PreviewModal({ pdfBase64, onClose }: { pdfBase64: string | null; onClose: () => void }) {
  // One object URL per preview, released when the preview goes (not a new one on every render).
  const url = useMemo(() => (pdfBase64 ? URL.createObjectURL(new Blob([Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0))], { type: 'application/pdf' })) : null), [pdfBase64]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return (
    <Modal title={T.previewTitle} open={url !== null} onCancel={onClose} footer={null} width={900} destroyOnHidden>
      {url && <iframe title={T.previewTitle} src={url} style={{ width: '100%', height: '75vh', border: 0 }} />}
    </Modal>
  );
}

function MediationForm({ file }: { file: MediationFile }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [version, setVersion] = useState(file.version);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const save = useMutation(trpc.mediation.save.mutationOptions());
  const previewing = useMutation(trpc.mediation.preview.mutationOptions());
  const paper = useMediationPaper(file.matterId);
  const locked = file.agreementNumber !== null;
  const oral = Form.useWatch('oral', form) ?? file.oral;

  /** The form as the API takes it, checked here first with the API's own rules. */
  async function input(): Promise<MediationInput | null> {
    setFailure(null);
    try {
      const values = await form.validateFields();
      return { ...values, matterId: file.matterId, version, amountYuan: values.amountYuan ?? 0 };
    } catch {
      setFailure(T.invalid);
      return null;
    }
  }

  /** Saves unless locked; false when it could not, with the reason on screen and the form kept. */
  async function saveFile(quiet: boolean): Promise<boolean> {
    if (locked) return true;
    const values = await input();
    if (!values) return false;
    try {
      const saved = await save.mutateAsync(values);
      setVersion(saved.version);
      if (!quiet) void message.success(T.saved);
      return true;
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
      return false;
    }
  }

  async function showPreview() {
    const values = await input();
    if (!values) return;
    try {
      setPreview((await previewing.mutateAsync(values)).pdfBase64);
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }

  async function printPaper(kind: MediationPaper) {
    if (!(await saveFile(true))) return;
    try {
      await paper.print(kind);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  const busy = save.isPending || paper.pending;
  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={file} disabled={locked} requiredMark={false} onFinish={() => void saveFile(false)} onFinishFailed={() => setFailure(T.invalid)}>
      {locked && <Alert type="info" showIcon message={T.locked(file.agreementNumber!)} style={{ marginBottom: 16 }} />}
      {!file.saved && <Alert type="warning" showIcon message={T.notSaved} style={{ marginBottom: 16 }} />}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="mediation-failure" />}
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item label={T.source} name="source">
            <Radio.Group options={MEDIATION_SOURCES.map((s) => ({ value: s, label: MEDIATION_SOURCE_LABELS[s] }))} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label={T.mediatedOn} name="mediatedOn" rules={[zodRule(rules.mediatedOn)]}>
            <DayInput width="100%" aria-label={T.mediatedOn} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item label={T.place} name="place" rules={[zodRule(rules.place)]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={T.parties} required>
        <PartiesField disabled={locked} />
      </Form.Item>
      <Form.Item label={T.facts} name="facts" rules={[zodRule(rules.facts)]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      <Form.Item label={T.clauses} required>
        <Form.List name="clauses">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <span style={{ display: 'inline-block', width: 56, paddingTop: 5 }}>{T.clauseN(index + 1)}</span>
                  <Form.Item name={field.name} rules={[zodRule(rules.clauses.element)]} style={{ width: 760 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} aria-label={T.clauseN(index + 1)} />
                  </Form.Item>
                  {fields.length > 1 && !locked && <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除此条" />}
                </Space>
              ))}
              {!locked && fields.length < MAX_CLAUSES && (
                <Button icon={<PlusOutlined />} onClick={() => add('')}>
                  {T.addClause}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={T.performance} name="performance" rules={[zodRule(rules.performance)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label={T.amount} name="amountYuan">
            <InputNumber min={0} max={100_000_000} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={T.mediator} name="mediator" rules={[zodRule(rules.mediator)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={T.recorder} name="recorder" rules={[zodRule(rules.recorder)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={T.oral} name="oral" valuePropName="checked" extra={T.oralHint}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label={T.preventsCriminal} name="preventsCriminal" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={T.preventsCollective} name="preventsCollective" valuePropName="checked" extra={T.preventionHint}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={T.record} name="record" extra={T.recordHint} rules={[zodRule(rules.record)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
          {T.save}
        </Button>
        <Button icon={<EyeOutlined />} onClick={() => void showPreview()} loading={previewing.isPending}>
          {T.preview}
        </Button>
        {oral ? (
          <Button icon={<PrinterOutlined />} onClick={() => void printPaper('oral_agreement')} disabled={busy}>
            {T.issueOral}
          </Button>
        ) : (
          // Issuing takes the committee's next number and locks the file: asked once more.
          <Popconfirm title={T.issueConfirm} description={T.issueConfirmWhy} okText={T.issueConfirmOk} cancelText={T.issueConfirmCancel} onConfirm={() => void printPaper('mediation_agreement')} disabled={busy || locked}>
            <Button icon={<PrinterOutlined />} disabled={busy || locked}>
              {T.issueAgreement}
            </Button>
          </Popconfirm>
        )}
        <Button icon={<PrinterOutlined />} onClick={() => void printPaper('mediation_application')} disabled={busy}>
          {T.application}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => void printPaper('mediation_record')} disabled={busy}>
          {T.record2}
        </Button>
      </Space>
      <PreviewModal pdfBase64={preview} onClose={() => setPreview(null)} />
    </Form>
  );
}

function MediationPapers({ matterId }: { matterId: number }) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const papers = useQuery(trpc.mediation.papers.queryOptions({ matterId }));
  const printAgain = useMediationPrintAgain();
  const voiding = useMutation(trpc.mediation.void.mutationOptions());
  return (
    <Card title={T.papers} data-testid="mediation-papers">
      <PaperTable
        rows={papers.data}
        loading={papers.isPending}
        emptyText={T.noPapers}
        actions={{
          pdf: (documentId) => client.fetchQuery(trpc.mediation.pdf.queryOptions({ documentId })),
          printAgain,
          voidPaper: (documentId, reason) => voiding.mutateAsync({ documentId, reason }),
        }}
      />
    </Card>
  );
}

/** 调解卷宗: the mediator's form, the papers made from it, and the follow-up visit. */
export function MediationPage() {
  const trpc = useTRPC();
  const matterId = Number(useParams().id);
  const file = useQuery({ ...trpc.mediation.get.queryOptions({ matterId }), enabled: matterId > 0, refetchOnWindowFocus: false });
  if (file.isPending) return <Spin />;
  if (file.isError) return <Result status="warning" title={errorMessage(file.error)} extra={<Link to={`/matters/${matterId}`}>{T.back}</Link>} />;
  // Keyed by version and lock: a save elsewhere or an issued agreement starts the form afresh.
  const key = `${file.data.version}-${file.data.agreementNumber ?? ''}`;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={T.title(file.data.matterCode)} extra={<Link to={`/matters/${matterId}`}>{T.back}</Link>}>
        <MediationForm key={key} file={file.data} />
      </Card>
      <RevisitCard file={file.data} />
      <MediationPapers matterId={matterId} />
    </Space>
  );
}
