import { IdcardOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, type FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { typedPhone, type RegisterForm } from './draft';

type Person = Extract<RouterOutputs['devices']['readCard'], { status: 'card' }>['person'];

/** How often the page asks the reader whether a card was laid on it. */
const POLL_MS = 700;

/**
 * 读卡: the card on the reader fills the first visitor's fields, by the button or by itself when a
 * card is laid on the reader. Shown only on the PC the reader hangs on; a failure is said once and
 * the clerk types on.
 */
export function CardReader({ form, onFilled, onPhoto }: { form: FormInstance<RegisterForm>; onFilled: () => void; onPhoto: (photo: string | null) => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const ready = useQuery(trpc.devices.cardReaderReady.queryOptions()).data === true;
  const read = useMutation(trpc.devices.readCard.mutationOptions());
  // Polling stops at a failure (said once) until the clerk presses 读卡 again.
  const polling = useRef(true);
  const busy = useRef(false);

  function fill(person: Person) {
    const typed = (form.getFieldValue(['persons', 0]) ?? {}) as RegisterForm['persons'][number];
    form.setFieldValue(['persons', 0], {
      ...typed,
      visitorId: null,
      pickedMaskedId: undefined,
      pickedMaskedPhone: undefined,
      phone: typedPhone(typed),
      name: person.name,
      idType: person.idType,
      idNumber: person.idNumber,
      noIdReason: '',
      sex: person.sex,
      birthDate: person.birthDate,
      ethnicity: person.ethnicity ?? typed.ethnicity,
      addressText: person.address.slice(0, 100),
    });
    onFilled();
  }

  async function take(fresh: boolean) {
    if (busy.current) return;
    busy.current = true;
    try {
      const r = await read.mutateAsync({ fresh });
      if (r.status === 'card') {
        fill(r.person);
        onPhoto(r.photo);
        void message.success(`已读卡：${r.person.name}`);
        if (r.warning) void message.warning(r.warning, 8);
      } else if (!fresh && r.status === 'no_card') void message.info('读卡器上没有身份证：请把身份证平放在读卡器上');
    } catch (err) {
      polling.current = false;
      void message.error(errorMessage(err), 8);
    } finally {
      busy.current = false;
    }
  }

  useEffect(() => {
    if (!ready) return;
    const timer = window.setInterval(() => {
      if (polling.current) void take(true);
    }, POLL_MS);
    return () => window.clearInterval(timer);
    // take is recreated each render; the timer reads the latest through the refs it uses.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  if (!ready) return null;
  return (
    <Button
      size="small"
      icon={<IdcardOutlined />}
      loading={read.isPending && !polling.current}
      onClick={() => {
        polling.current = true;
        void take(false);
      }}
    >
      读卡
    </Button>
  );
}
