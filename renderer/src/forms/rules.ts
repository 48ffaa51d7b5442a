import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ZodType } from 'zod';
import { fieldErrors } from '../api/errors';

/** The API's own schema, run at the form: one rule, two places, the same message. */
export function zodRule(schema: ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(result.error.issues[0]?.message);
    },
  };
}

/** Puts the API's per-field complaints next to the fields they concern. */
export function showFieldErrors(form: FormInstance, err: unknown): boolean {
  const entries = Object.entries(fieldErrors(err));
  // Form.List fields are named by number: parties.1.idNumber is ['parties', 1, 'idNumber'].
  form.setFields(entries.map(([path, message]) => ({ name: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [message] })));
  return entries.length > 0;
}
