import { useQuery } from '@tanstack/react-query';
import { Button, Cascader, Col, Form, Input, Row, Select, Typography, type FormInstance } from 'antd';
import { addressCodeWarning, checkIdNumber } from '../../../../shared/identity/idNumber';
import { line } from '../../../../shared/schemas/common';
import { NAME_MAX } from '../../../../shared/schemas/visit';
import { ID_TYPE_LABELS, SEX_LABELS } from '../../../../shared/text/labels';
import { chineseDate } from '../../../../shared/time';
import { ETHNICITIES, ID_TYPES } from '../../../../shared/visit';
import { useTRPC } from '../../api/client';
import { useMe } from '../../auth/session';
import { DayInput } from '../../forms/DayInput';
import { zodRule } from '../../forms/rules';
import { nearLimit } from '../../forms/limits';
import type { RegisterForm } from './draft';
import { idNumberRules, mainPhoneRules, nameRules } from './rules';

const REG = ['persons', 0] as const;

/** What a valid ID number says: the region of its address code, birth date and sex. */
function IdReading({ idNumber }: { idNumber: string | undefined }) {
  const trpc = useTRPC();
  const { today } = useMe();
  const check = idNumber ? checkIdNumber(idNumber, today) : null;
  const code = check?.ok ? check.addressCode : '';
  const region = useQuery({ ...trpc.reference.describeCounty.queryOptions({ code }), enabled: code !== '' });
  if (!check?.ok) return null;
  const warning = addressCodeWarning(check.addressCode, region.data ? region.data.name !== null : null);
  const regionText = warning ?? region.data?.name ?? '';
  return (
    <Typography.Text type={warning ? 'warning' : 'secondary'} data-testid="id-reading">
      {[regionText, chineseDate(check.birthDate), SEX_LABELS[check.sex], check.format === 15 ? '旧 15 位号码' : ''].filter(Boolean).join(' · ')}
    </Typography.Text>
  );
}

/** The main visitor: every field of the registration sheet, keyboard order left to right. */
export function PersonFields({ form, onForget }: { form: FormInstance<RegisterForm>; onForget: () => void }) {
  const trpc = useTRPC();
  const { today } = useMe();
  const address = useQuery(trpc.reference.addressTree.queryOptions());
  const idType = Form.useWatch([...REG, 'idType'], { form, preserve: true }) ?? 'resident';
  const idNumber = Form.useWatch([...REG, 'idNumber'], { form, preserve: true });
  const pickedMaskedId = Form.useWatch([...REG, 'pickedMaskedId'], { form, preserve: true });
  const pickedMaskedPhone = Form.useWatch([...REG, 'pickedMaskedPhone'], { form, preserve: true });
  const phone = Form.useWatch([...REG, 'phone'], { form, preserve: true });
  const fromId = idType === 'resident' && !!idNumber && checkIdNumber(idNumber, today).ok;

  function onIdNumberChange(value: string) {
    const check = checkIdNumber(value, today);
    if (check.ok) {
      form.setFieldValue([...REG, 'sex'], check.sex);
      form.setFieldValue([...REG, 'birthDate'], check.birthDate);
    }
  }

  return (
    <>
      <Form.Item name={[...REG, 'visitorId']} hidden>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item label="姓名" name={[...REG, 'name']} rules={nameRules}>
            <Input autoFocus autoComplete="off" count={nearLimit(NAME_MAX)} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="证件类型" name={[...REG, 'idType']}>
            <Select options={ID_TYPES.map((t) => ({ value: t, label: ID_TYPE_LABELS[t] }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          {pickedMaskedId ? (
            <Form.Item label="身份证号">
              <Input value={pickedMaskedId} disabled addonAfter={<Button type="link" size="small" onClick={onForget}>改为新来访人</Button>} />
            </Form.Item>
          ) : idType === 'none' ? (
            <Form.Item label="无证件原因" name={[...REG, 'noIdReason']} rules={[zodRule(line('无证件原因', 100))]}>
              <Input placeholder="如：外籍人员、老人未带证、匿名反映" />
            </Form.Item>
          ) : (
            <Form.Item
              label={idType === 'resident' ? '身份证号' : '证件号码'}
              name={[...REG, 'idNumber']}
              rules={idNumberRules(form, 0)}
              normalize={(v: string) => v.toUpperCase().replace(/\s/g, '')}
              extra={idType === 'resident' ? <IdReading idNumber={idNumber} /> : undefined}
            >
              <Input autoComplete="off" maxLength={idType === 'resident' ? 18 : 30} onChange={(e) => onIdNumberChange(e.target.value)} />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item label="性别" name={[...REG, 'sex']}>
            <Select disabled={fromId} allowClear options={(['M', 'F'] as const).map((s) => ({ value: s, label: SEX_LABELS[s] }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="出生日期" name={[...REG, 'birthDate']}>
            <DayInput disabled={fromId} width="100%" max={today} allowClear />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="民族" name={[...REG, 'ethnicity']}>
            <Select showSearch options={ETHNICITIES.map((e) => ({ value: e, label: e }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="联系电话" name={[...REG, 'phone']} rules={mainPhoneRules(form)} extra={pickedMaskedPhone && phone === pickedMaskedPhone ? '沿用登记过的号码，变了就改' : undefined}>
            <Input autoComplete="off" maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item label="现住址" name={[...REG, 'addressPath']} tooltip={address.data?.countyName ? `${address.data.countyName}的乡镇、村（社区）；外县住址请在“详细地址”写全` : '外县住址请在“详细地址”写全'}>
            <Cascader
              options={address.data?.towns}
              showSearch
              changeOnSelect
              placeholder={address.isPending ? '正在加载本县乡镇、村（社区）…' : address.data?.towns.length ? '选择乡镇 / 村（社区），可输入搜索' : '未设置本县代码，请填详细地址'}
              // Stays a stop for Enter while the list loads, so the cursor never jumps over it.
              loading={address.isPending}
              disabled={!address.isPending && !address.data?.towns.length}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item label="详细地址" name={[...REG, 'addressText']} rules={[zodRule(line('详细地址', 100, 0))]}>
            <Input placeholder="组、门牌号；外县住址写全" count={nearLimit(100)} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
