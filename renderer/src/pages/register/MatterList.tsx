import { RISK_LEVELS } from '../../../../shared/risk';
import { RISK_LEVEL_LABELS } from '../../../../shared/text/labels';
import { DeleteOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, Radio, Row, Select, type FormInstance } from 'antd';
import { line, text } from '../../../../shared/schemas/common';
import { CONTENT_MAX } from '../../../../shared/schemas/visit';
import { MATTER_KIND_LABELS } from '../../../../shared/text/labels';
import { MATTER_KINDS, MAX_MATTERS_PER_VISIT } from '../../../../shared/visit';
import { useTRPC } from '../../api/client';
import { zodRule } from '../../forms/rules';
import type { RegisterForm } from './draft';
import { OralAgreementFields } from './OralAgreementFields';

/** A category is found by its name, its pinyin or its initials (`ll` for 邻里). */
function matchesCategory(input: string, option?: { label?: unknown; keys?: string }): boolean {
  const typed = input.trim().toLowerCase();
  if (!option?.keys) return false;
  return String(option.label).includes(typed) || option.keys.split(' ').some((k) => k.startsWith(typed));
}

/** The first matter's fields carry the plain labels; later ones are numbered. */
const label = (name: string, index: number) => (index === 0 ? name : `${name}（${index + 1}）`);

/** The demands of this visit: each a new matter with its own code, or a link to an earlier one. */
export function MatterList({ form }: { form: FormInstance<RegisterForm> }) {
  const trpc = useTRPC();
  const categories = useQuery(trpc.reference.categories.queryOptions());
  // Watching the list re-renders a card when the side panel links or unlinks an earlier matter.
  const matters = Form.useWatch('matters', { form, preserve: true }) ?? [];
  const options = MATTER_KINDS.map((kind) => ({
    label: MATTER_KIND_LABELS[kind],
    options: (categories.data ?? []).filter((c) => c.kind === kind).map((c) => ({ value: c.id, label: c.name, keys: `${c.keys.initials} ${c.keys.pinyin}` })),
  })).filter((g) => g.options.length > 0);

  return (
    <Form.List name="matters">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => {
            const { repeatOf: linked, repeatLabel } = matters[field.name] ?? {};
            return (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={linked ? `诉求 ${index + 1} · 重复访` : `诉求 ${index + 1}`}
                extra={
                  fields.length > 1 && (
                    <Button type="text" icon={<DeleteOutlined />} aria-label={`删除诉求 ${index + 1}`} onClick={() => remove(field.name)} />
                  )
                }
              >
                <Form.Item name={[field.name, 'repeatOf']} hidden>
                  <Input />
                </Form.Item>
                {linked ? (
                  <Alert
                    type="info"
                    showIcon
                    icon={<LinkOutlined />}
                    style={{ marginBottom: 12 }}
                    message={`关联已有事项：${repeatLabel ?? ''}`}
                    action={
                      <Button size="small" onClick={() => form.setFieldValue(['matters', field.name], { decision: 'accept' })}>
                        取消关联
                      </Button>
                    }
                  />
                ) : (
                  <Row gutter={12}>
                    <Col span={10}>
                      <Form.Item label={label('诉求类别', index)} name={[field.name, 'categoryId']} rules={[{ required: true, message: '请选择诉求类别' }]}>
                        <Select showSearch filterOption={matchesCategory} options={options} placeholder="选择，或输入名称、拼音首字母（如 ll）" />
                      </Form.Item>
                    </Col>
                    <Col span={9}>
                      <Form.Item label={label('受理意见', index)} name={[field.name, 'decision']} initialValue="accept">
                        <Radio.Group
                          options={[
                            { value: 'accept', label: '受理' },
                            { value: 'settle', label: '当场化解' },
                            { value: 'decline', label: '不予受理' },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    {/* Reached by Tab or the mouse; Enter goes from 受理意见 straight on to 诉求内容 (most matters are not assessed at the counter). */}
                    <Col span={5} data-enter-skip>
                      <Form.Item label={label('风险等级', index)} name={[field.name, 'riskLevel']} initialValue="none">
                        <Select options={[{ value: 'none', label: '未评估' }, ...RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] }))]} />
                      </Form.Item>
                    </Col>
                  </Row>
                )}
                <Form.Item
                  label={linked ? label('本次反映内容', index) : label('诉求内容', index)}
                  name={[field.name, 'content']}
                  rules={[zodRule(text('诉求内容', CONTENT_MAX))]}
                >
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={{ max: CONTENT_MAX, show: true }} placeholder={`群众反映的主要事实和诉求，最多 ${CONTENT_MAX} 字（Ctrl+回车 跳到下一项）`} />
                </Form.Item>
                <Form.Item noStyle dependencies={[['matters', field.name, 'decision']]}>
                  {() =>
                    form.getFieldValue(['matters', field.name, 'decision']) === 'settle' && (
                      <Row gutter={12}>
                        <Col span={16}>
                          <Form.Item label={label('化解情况', index)} name={[field.name, 'settleNote']} rules={[zodRule(text('化解情况', 1000))]}>
                            <Input placeholder="当场如何化解，如：经窗口说和，双方同意…" />
                          </Form.Item>
                        </Col>
                        <Col span={8}>
                          <Form.Item label={label('群众确认', index)} name={[field.name, 'settleSatisfaction']} rules={[{ required: true, message: '请群众确认；不满意的请受理后派单' }]}>
                            <Radio.Group
                              options={[
                                { value: 'satisfied', label: '满意' },
                                { value: 'basically', label: '基本满意' },
                              ]}
                            />
                          </Form.Item>
                        </Col>
                        <Col span={24}>
                          <OralAgreementFields form={form} name={field.name} index={index} />
                        </Col>
                      </Row>
                    )
                  }
                </Form.Item>
                <Form.Item noStyle dependencies={[['matters', field.name, 'decision']]}>
                  {() =>
                    form.getFieldValue(['matters', field.name, 'decision']) === 'decline' && (
                      <Row gutter={12}>
                        <Col span={12}>
                          <Form.Item label={label('不予受理理由', index)} name={[field.name, 'declineReason']} rules={[zodRule(line('不予受理理由', 200))]}>
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col span={12}>
                          <Form.Item label={label('建议途径', index)} name={[field.name, 'declineChannel']} rules={[zodRule(line('建议途径', 200))]}>
                            <Input placeholder="应当通过的途径，如向人民法院起诉" />
                          </Form.Item>
                        </Col>
                      </Row>
                    )
                  }
                </Form.Item>
              </Card>
            );
          })}
          {fields.length < MAX_MATTERS_PER_VISIT && (
            <Button icon={<PlusOutlined />} onClick={() => add({ decision: 'accept' })}>
              添加诉求
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
