import { useQuery } from '@tanstack/react-query';
import { Checkbox, Col, Form, Input, Row, Select, type FormInstance } from 'antd';
import { useEffect } from 'react';
import { line, text } from '../../../../shared/schemas/common';
import { useTRPC } from '../../api/client';
import { zodRule } from '../../forms/rules';
import type { RegisterForm } from './draft';

/** Stations that hold a 人民调解委员会 (the committee, or the 司法所 that runs it). */
const MEDIATING = ['mediation', 'justice'];

/**
 * 当场化解 with an oral agreement (人民调解法 Art. 28): the committee that registers it, the other
 * party and the terms. The 口头协议登记表 is printed right after 登记.
 */
export function OralAgreementFields({ form, name, index }: { form: FormInstance<RegisterForm>; name: number; index: number }) {
  const trpc = useTRPC();
  const stations = useQuery(trpc.reference.stations.queryOptions());
  const committees = (stations.data ?? []).filter((s) => MEDIATING.includes(s.kind)).map((s) => ({ value: s.id, label: s.name }));
  const oral = Form.useWatch(['matters', name, 'oral'], { form, preserve: true }) === true;
  const suffix = index === 0 ? '' : `（${index + 1}）`;
  // The hall's committee is the usual one: chosen for the clerk once the list is known.
  useEffect(() => {
    if (oral && committees[0] && !form.getFieldValue(['matters', name, 'oralCommitteeId'])) form.setFieldValue(['matters', name, 'oralCommitteeId'], committees[0].value);
  }, [oral, committees, form, name]);
  return (
    <>
      <Form.Item name={[name, 'oral']} valuePropName="checked" style={{ marginBottom: oral ? 8 : 16 }}>
        <Checkbox>达成口头协议（由人民调解委员会登记口头协议登记表）</Checkbox>
      </Form.Item>
      {oral && (
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item label={`登记调委会${suffix}`} name={[name, 'oralCommitteeId']} rules={[{ required: true, message: '请选择登记口头协议的人民调解委员会' }]}>
              <Select options={committees} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label={`对方当事人${suffix}`} name={[name, 'oralOtherParty']} rules={[zodRule(line('对方当事人', 30))]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label={`口头协议内容${suffix}`} name={[name, 'oralTerms']} rules={[zodRule(text('口头协议内容', 1000))]}>
              <Input placeholder="双方口头达成的协议，如：李四当场归还农具" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
