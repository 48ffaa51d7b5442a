import type { ReactNode } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { checkIdNumber } from '../../../../shared/identity/idNumber';
import { MAX_PARTIES, orgPartyInput, personPartyInput } from '../../../../shared/schemas/mediation';
import { ageOn } from '../../../../shared/mediation';
import { SEX_LABELS } from '../../../../shared/text/labels';
import { useMe } from '../../auth/session';
import { ETHNICITIES } from '../../../../shared/visit';
import { zodRule } from '../../forms/rules';
import { MEDIATION_UI as T } from './mediationText';

const person = personPartyInput.shape;
const org = orgPartyInput.shape;

function idRule(today: string) {
  return {
    validator: async (_r: unknown, value: string | undefined) => {
      if (!value) return;
      const check = checkIdNumber(value, today);
      if (!check.ok) throw new Error(check.error);
    },
  };
}

const ordinal = (i: number) => T.partyN(i + 1);

/** Sex and age are the ID number's while a valid one is entered: the fields are shown, not typed. */
function FromIdCard({ index, today, children }: { index: number; today: string; children: (locked: boolean) => ReactNode }) {
  const idNumber = Form.useWatch(['parties', index, 'idNumber'], Form.useFormInstance()) as string | undefined;
  return <>{children(Boolean(idNumber && checkIdNumber(idNumber.trim(), today).ok))}</>;
}

/** One block per party (人民调解法 Art. 29 (1)): a person's particulars, or an organisation's. */
export function PartiesField({ disabled }: { disabled: boolean }) {
  const form = Form.useFormInstance();
  const { today } = useMe();
  /** A valid ID number says the party's sex and age: filled in, and not to be typed against it (the host takes them from it too). */
  function fromIdNumber(index: number, value: string) {
    const check = checkIdNumber(value.trim(), today);
    if (!check.ok) return;
    form.setFieldValue(['parties', index, 'sex'], SEX_LABELS[check.sex]);
    form.setFieldValue(['parties', index, 'age'], ageOn(check.birthDate, today));
  }
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={ordinal(index)}
              data-testid={`party-${index + 1}`}
              style={{ marginBottom: 12 }}
              extra={
                fields.length > 2 && !disabled ? (
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                    {T.removeParty}
                  </Button>
                ) : null
              }
            >
              <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 8 }}>
                <Radio.Group optionType="button" options={[{ value: 'person', label: T.person }, { value: 'org', label: T.org }]} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.parties?.[field.name]?.kind !== b.parties?.[field.name]?.kind}>
                {({ getFieldValue }) =>
                  getFieldValue(['parties', field.name, 'kind']) === 'org' ? (
                    <Row gutter={12}>
                      <Col span={12}>
                        <Form.Item label={T.orgName} name={[field.name, 'name']} rules={[zodRule(org.name)]}>
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col span={12}>
                        <Form.Item label={T.legalRep} name={[field.name, 'legalRepresentative']} rules={[zodRule(org.legalRepresentative)]}>
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col span={12}>
                        <Form.Item label={T.orgAddress} name={[field.name, 'address']} rules={[zodRule(org.address)]}>
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col span={12}>
                        <Form.Item label={T.phone} name={[field.name, 'phone']} rules={[zodRule(org.phone)]}>
                          <Input />
                        </Form.Item>
                      </Col>
                    </Row>
                  ) : (
                    <Row gutter={12}>
                      <Col span={6}>
                        <Form.Item label={T.name} name={[field.name, 'name']} rules={[zodRule(person.name)]}>
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col span={4}>
                        <FromIdCard index={field.name} today={today}>
                          {(locked) => (
                            <Form.Item label={T.sex} name={[field.name, 'sex']} extra={locked ? T.fromId : undefined}>
                              <Select disabled={locked || disabled} options={[{ value: '', label: '—' }, { value: '男', label: '男' }, { value: '女', label: '女' }]} />
                            </Form.Item>
                          )}
                        </FromIdCard>
                      </Col>
                      <Col span={5}>
                        <Form.Item label={T.ethnicity} name={[field.name, 'ethnicity']}>
                          <Select showSearch allowClear options={ETHNICITIES.map((e) => ({ value: e, label: e }))} />
                        </Form.Item>
                      </Col>
                      <Col span={3}>
                        <FromIdCard index={field.name} today={today}>
                          {(locked) => (
                            <Form.Item label={T.age} name={[field.name, 'age']}>
                              <InputNumber disabled={locked || disabled} min={0} max={130} precision={0} style={{ width: '100%' }} />
                            </Form.Item>
                          )}
                        </FromIdCard>
                      </Col>
                      <Col span={6}>
                        <Form.Item label={T.phone} name={[field.name, 'phone']} rules={[zodRule(person.phone)]}>
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col span={8}>
                        <Form.Item label={T.idNumber} name={[field.name, 'idNumber']} rules={[idRule(today)]} extra={T.idWhole}>
                          <Input maxLength={18} onChange={(e) => fromIdNumber(field.name, e.target.value)} />
                        </Form.Item>
                      </Col>
                      <Col span={6}>
                        <Form.Item label={T.occupation} name={[field.name, 'occupation']} rules={[zodRule(person.occupation)]}>
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col span={10}>
                        <Form.Item label={T.address} name={[field.name, 'address']} rules={[zodRule(person.address)]}>
                          <Input />
                        </Form.Item>
                      </Col>
                    </Row>
                  )
                }
              </Form.Item>
            </Card>
          ))}
          {!disabled && fields.length < MAX_PARTIES && (
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'person', name: '', sex: '', ethnicity: '', age: null, idNumber: '', occupation: '', phone: '', address: '' })}>
              {T.addParty}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
