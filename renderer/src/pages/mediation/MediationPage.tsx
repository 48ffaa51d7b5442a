import { BookOutlined, DeleteOutlined, DownOutlined, EyeOutlined, PlusOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, ConfigProvider, Dropdown, Form, Input, InputNumber, Modal, Popconfirm, Radio, Result, Row, Space, Spin, Switch, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { MEDIATION_SOURCES } from '../../../../shared/mediation';
import { investigationInput, mediationInput, MAX_CLAUSES, MAX_INVESTIGATIONS, MAX_REQUESTS, type MediationInput, type MediationPaper } from '../../../../shared/schemas/mediation';
import { DOCUMENT_LABELS } from '../../../../shared/documents';
import { chineseDate } from '../../../../shared/time';
import { MEDIATION_SOURCE_LABELS } from '../../../../shared/text/labels';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { DayInput } from '../../forms/DayInput';
import { PaperTable } from '../../print/PaperTable';
import { useMe } from '../../auth/session';
import { MEDIATION_UI as T } from './mediationText';
import { PartiesField } from './PartiesField';
import { RevisitCard } from './RevisitCard';
import { useMediationPaper, useMediationPrintAgain } from './useMediationPaper';

type MediationFile = RouterOutputs['mediation']['get'];
type FormValues = Omit<MediationInput, 'matterId' | 'version'>;
const rules = mediationInput.shape;
const inquiry = investigationInput.shape;

/** The papers printed one by one from the menu, in the order of the file. */
const MENU_PAPERS: MediationPaper[] = ['mediation_intake', 'mediation_application', 'rights_notice', 'investigation_record', 'mediation_record', 'judicial_application'];

/** The 司法确认 reminder: from the agreement taking effect until the thirty days are out or it is applied for. */
function JudicialReminder({ file }: { file: MediationFile }) {
  const { today } = useMe();
  if (!file.agreementOn || !file.judicialUntil || file.revisit?.judicialConfirmed) return null;
  const late = today > file.judicialUntil;
  const daysLeft = Math.round((Date.parse(file.judicialUntil) - Date.parse(today)) / 86_400_000);
  return (
    <Alert
      type={late ? 'info' : daysLeft <= 5 ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="judicial-reminder"
      message={late ? T.judicialLate(chineseDate(file.judicialUntil)) : T.judicialReminder(chineseDate(file.agreementOn), chineseDate(file.judicialUntil))}
    />
  );
}

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
  const { today } = useMe();
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
      <JudicialReminder file={file} />
      <Row gutter={16}>
        <Col span={9}>
          <Form.Item label={T.source} name="source">
            <Radio.Group options={MEDIATION_SOURCES.map((s) => ({ value: s, label: MEDIATION_SOURCE_LABELS[s] }))} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label={T.acceptedOn} name="acceptedOn" rules={[zodRule(rules.acceptedOn)]}>
            <DayInput width="100%" max={today} aria-label={T.acceptedOn} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label={T.mediatedOn} name="mediatedOn" rules={[zodRule(rules.mediatedOn)]}>
            <DayInput width="100%" aria-label={T.mediatedOn} />
          </Form.Item>
        </Col>
        <Col span={7}>
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
      <Form.Item label={T.requests} extra={T.requestsHint}>
        <Form.List name="requests">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <span style={{ display: 'inline-block', width: 28, paddingTop: 5 }}>{T.requestN(index + 1)}</span>
                  <Form.Item name={field.name} rules={[zodRule(rules.requests.unwrap().element)]} style={{ width: 788, marginBottom: 8 }}>
                    <Input aria-label={`${T.requests}${index + 1}`} />
                  </Form.Item>
                  {!locked && <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除此项" />}
                </Space>
              ))}
              {!locked && fields.length < MAX_REQUESTS && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => add('')}>
                  {T.addRequest}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={T.investigations}>
        <Form.List name="investigations">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={T.investigationN(index + 1)}
                  style={{ marginBottom: 8 }}
                  extra={!locked && <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除此调查记录" />}
                >
                  <Row gutter={12}>
                    <Col span={5}>
                      <Form.Item label={T.investigationOn} name={[field.name, 'on']} rules={[zodRule(inquiry.on)]}>
                        <DayInput width="100%" max={today} aria-label={T.investigationOn} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item label={T.investigationPlace} name={[field.name, 'place']} rules={[zodRule(inquiry.place)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item label={T.investigator} name={[field.name, 'investigator']} rules={[zodRule(inquiry.investigator)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item label={T.subject} name={[field.name, 'subject']} rules={[zodRule(inquiry.subject)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col span={5}>
                      <Form.Item label={T.investigationParticipants} name={[field.name, 'participants']} rules={[zodRule(inquiry.participants)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item label={T.investigationContent} name={[field.name, 'content']} rules={[zodRule(inquiry.content)]} style={{ marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
                  </Form.Item>
                </Card>
              ))}
              {!locked && fields.length < MAX_INVESTIGATIONS && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({ on: today, place: '', investigator: file.mediator, subject: '', participants: '', content: '' })}>
                  {T.addInvestigation}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={T.responsibility} name="responsibility" extra={T.responsibilityHint} rules={[zodRule(rules.responsibility)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
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
      <Form.Item label={T.participants} name="participants" extra={T.participantsHint} rules={[zodRule(rules.participants)]}>
        <Input />
      </Form.Item>
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
        {/* The file's papers print whether or not the agreement has locked the form. */}
        <ConfigProvider componentDisabled={false}>
          <Space wrap>
            <Dropdown disabled={busy} menu={{ items: MENU_PAPERS.map((kind) => ({ key: kind, label: DOCUMENT_LABELS[kind] })), onClick: ({ key }) => void printPaper(key as MediationPaper) }}>
              <Button icon={<PrinterOutlined />}>
                {T.printPapers} <DownOutlined />
              </Button>
            </Dropdown>
            <Button icon={<BookOutlined />} onClick={() => void printPaper('case_file')} disabled={busy} title={T.bindHint}>
              {T.bindFile}
            </Button>
            {file.fileNumber && <Tag>{T.fileNumber(file.fileNumber)}</Tag>}
          </Space>
        </ConfigProvider>
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
  // Keyed by the lock alone: issuing or voiding the agreement starts the form afresh. A save (this
  // window's or another's) does not, so nothing typed is lost and a refusal stays on screen; a save
  // made elsewhere meanwhile is caught by the version and said.
  const key = file.data.agreementNumber ?? 'open';
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
