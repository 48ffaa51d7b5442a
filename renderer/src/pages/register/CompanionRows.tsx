import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, type FormInstance } from 'antd';
import { ID_TYPE_LABELS } from '../../../../shared/text/labels';
import { ID_TYPES, MAX_REPRESENTATIVES } from '../../../../shared/visit';
import type { RegisterForm } from './draft';
import { idNumberRules, nameRules, phoneRules } from './rules';

/** The other people of the visit: companions, or for a collective visit its representatives. */
export function CompanionRows({ form, collective }: { form: FormInstance<RegisterForm>; collective: boolean }) {
  const who = collective ? '代表' : '同行人';
  return (
    <Form.List name="persons">
      {(fields, { remove }) => (
        <>
          {fields.slice(1).map((field) => {
            const n = field.name + 1;
            return (
              <Row gutter={12} key={field.key} align="top">
                <Col span={5}>
                  <Form.Item name={[field.name, 'name']} rules={nameRules}>
                    <Input aria-label={`第${n}位来访人姓名`} placeholder={`${who}姓名`} maxLength={30} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[field.name, 'idType']} initialValue="resident">
                    <Select aria-label={`第${n}位来访人证件类型`} options={ID_TYPES.map((t) => ({ value: t, label: ID_TYPE_LABELS[t] }))} />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item noStyle dependencies={[['persons', field.name, 'idType']]}>
                    {() =>
                      form.getFieldValue(['persons', field.name, 'idType']) === 'none' ? (
                        <Form.Item name={[field.name, 'noIdReason']} rules={[{ required: true, whitespace: true, message: '请说明无证件原因' }]}>
                          <Input aria-label={`第${n}位来访人无证件原因`} placeholder="无证件原因" />
                        </Form.Item>
                      ) : (
                        <Form.Item name={[field.name, 'idNumber']} rules={idNumberRules(form, field.name)} normalize={(v: string) => v.toUpperCase().replace(/\s/g, '')}>
                          <Input aria-label={`第${n}位来访人证件号码`} placeholder="证件号码" maxLength={30} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[field.name, 'phone']} rules={phoneRules}>
                    <Input aria-label={`第${n}位来访人联系电话`} placeholder="联系电话" maxLength={30} />
                  </Form.Item>
                </Col>
                <Col span={2}>
                  <Button icon={<DeleteOutlined />} aria-label={`删除第${n}位来访人`} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            );
          })}
        </>
      )}
    </Form.List>
  );
}

/** 添加同行人 / 添加代表: up to five people on one visit, beside the visit's own facts. */
export function CompanionButton({ collective }: { collective: boolean }) {
  const form = Form.useFormInstance<RegisterForm>();
  const persons = Form.useWatch('persons', { form, preserve: true }) ?? [];
  if (persons.length >= MAX_REPRESENTATIVES) return null;
  return (
    <Form.Item label=" " colon={false}>
      <Button icon={<PlusOutlined />} onClick={() => form.setFieldValue('persons', [...(form.getFieldValue('persons') as RegisterForm['persons']), { idType: 'resident' }])}>
        {collective ? '添加代表' : '添加同行人'}
      </Button>
    </Form.Item>
  );
}
