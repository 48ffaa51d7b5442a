import { Alert, Button, Form, Input, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { SATISFACTION_LABELS } from '../../../../shared/text/labels';
import { errorMessage } from '../../api/errors';
import { useCounterScreen } from './useCounterScreen';

/**
 * 签单 with a 访客屏: the result goes to the screen, the visitor rates and signs there, and the rating
 * comes back into the form. Without the visitor's answer, the clerk must say why they rate instead.
 */
export function ScreenSignOff({ form, matterId }: { form: FormInstance; matterId: number }) {
  const [asked, setAsked] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const screen = useCounterScreen(asked !== null);
  const answer = screen.answer && screen.answer.kind === 'rating' && screen.answer.matterId === matterId && screen.answer.seq === asked ? screen.answer : null;

  useEffect(() => {
    if (answer) form.setFieldsValue({ satisfaction: answer.satisfaction, screenAnswerId: answer.id, selfRatedReason: '' });
  }, [answer, form]);

  if (!screen.paired && asked === null) return null;

  async function ask() {
    setFailure(null);
    try {
      setAsked((await screen.show({ phase: 'signoff', matterId })).seq);
      form.setFieldsValue({ screenAnswerId: null });
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return (
    <>
      <Form.Item name="screenAnswerId" hidden>
        <Input />
      </Form.Item>
      {answer ? (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} data-testid="screen-rated" message={`群众已在访客屏评价“${SATISFACTION_LABELS[answer.satisfaction!]}”并签名，确定即签单。`} />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={asked === null ? '本窗口已配对访客屏：请群众在访客屏上评价并签名。' : '已显示在访客屏上，等待群众评价和签名……'}
          action={
            <Button size="small" type="primary" onClick={() => void ask()}>
              {asked === null ? '请群众评价签名' : '重新显示'}
            </Button>
          }
        />
      )}
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 12 }} />}
      {!answer && (
        <Form.Item label="代为评价的原因" name="selfRatedReason" extra="群众无法在访客屏上评价时（如不识字、行动不便），由工作人员代为评价，须写明原因">
          <Input maxLength={100} placeholder="如：来访人视力不好，口头表示满意" />
        </Form.Item>
      )}
    </>
  );
}
