import { App, Form, Input, Radio } from 'antd';
import { useNavigate } from 'react-router';
import { FormModal } from '../components/FormModal';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import type { VisitDetail } from '../stores/counter/slice';
import { sessionSelectors } from '../stores/session/selectors';
import { visitRules } from './visit-rules';

interface Values {
  satisfaction: number;
  remarks: string;
}

/** 5 非常滿意 … 1 非常不滿意; 0 stands for "not given". */
const SCALE = [5, 4, 3, 2, 1] as const;

/**
 * 完成服務: the visitor's satisfaction and remarks. An escorted visit's record sheet (附件2) is drafted
 * by main in the same change; the escort is taken straight to it.
 */
export const FinishModal = ({ detail, onClose }: { detail: VisitDetail; onClose: () => void }) => {
  const t = useT();
  const r = visitRules(t);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const finishVisit = useAppStore(counterSelectors.finishVisit);
  const me = useAppStore(sessionSelectors.session)?.staffId ?? null;
  return (
    <FormModal<Values>
      name="finish"
      title={t('finish.title', { name: detail.visitor.name })}
      okText={t('finish.submit')}
      width={560}
      firstField="satisfaction"
      initialValues={{ satisfaction: 0, remarks: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await finishVisit({
          visitId: detail.visit.id,
          satisfaction: v.satisfaction === 0 ? null : v.satisfaction,
          remarks: (v.remarks ?? '').trim(),
        });
        if (!res.ok) return { message: describeError(res.error, t) };
        const { recordId } = res.value;
        if (recordId && detail.visit.escortId === me) {
          void message.success(t('finish.doneRecord'));
          void navigate(`/signoff/records/${recordId}`);
        } else void message.success(recordId ? t('finish.doneRecordOther') : t('finish.done'));
        return null;
      }}
    >
      <Form.Item name="satisfaction" label={t('finish.satisfaction')}>
        <Radio.Group
          optionType="button"
          options={[
            ...SCALE.map((n) => ({ value: n, label: t(`satisfaction.${n}`) })),
            { value: 0, label: t('satisfaction.none') },
          ]}
        />
      </Form.Item>
      <Form.Item name="remarks" label={t('finish.remarks')} rules={r.note()}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
};
