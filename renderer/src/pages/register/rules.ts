import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { checkIdNumber } from '../../../../shared/identity/idNumber';
import { checkPhone } from '../../../../shared/identity/phone';
import { unprintableCharacters } from '../../../../shared/identity/printableName';
import { line } from '../../../../shared/schemas/common';
import { NAME_MAX } from '../../../../shared/schemas/visit';
import { chinaDay } from '../../../../shared/time';
import { zodRule } from '../../forms/rules';
import type { RegisterForm } from './draft';

/** The same checks the API makes, at the field, so the clerk hears of a mistake where it is. */
export const nameRules: Rule[] = [
  zodRule(line('姓名', NAME_MAX)),
  {
    warningOnly: true,
    validator: async (_r, value: string | undefined) => {
      const missing = unprintableCharacters(value ?? '');
      if (missing.length) throw new Error(`“${missing.join('')}”打印字体中没有，打印出的文书上此字须手写补正`);
    },
  },
];

export function idNumberRules(form: FormInstance<RegisterForm>, index: number): Rule[] {
  return [
    {
      validator: async (_r, value: string | undefined) => {
        const person = form.getFieldValue(['persons', index]) as RegisterForm['persons'][number] | undefined;
        if ((person?.idType ?? 'resident') !== 'resident' || person?.visitorId) return;
        if (!value) throw new Error('请填写身份证号；没有身份证的，请把证件类型改为“无证件”并说明原因');
        const check = checkIdNumber(value, chinaDay(new Date()));
        if (!check.ok) throw new Error(check.error);
      },
    },
  ];
}

export const phoneRules: Rule[] = [
  zodRule(line('联系电话', 30, 0)),
  {
    warningOnly: true,
    validator: async (_r, value: string | undefined) => {
      if (!value) return;
      const check = checkPhone(value);
      if (check.kind === 'unknown') throw new Error(check.warning);
    },
  },
];

type ValidatorRule = Extract<Rule, { validator?: unknown }> & { validator: (rule: unknown, value: unknown) => Promise<void> };

/** The main visitor's phone: the masked number on file of a picked visitor stands as it is. */
export function mainPhoneRules(form: FormInstance<RegisterForm>): Rule[] {
  const onFile = (value: unknown) => value !== undefined && value === form.getFieldValue(['persons', 0, 'pickedMaskedPhone']);
  return (phoneRules as ValidatorRule[]).map((rule) => ({
    ...rule,
    validator: async (r: unknown, value: unknown) => {
      if (!onFile(value)) await rule.validator(r, value);
    },
  }));
}
