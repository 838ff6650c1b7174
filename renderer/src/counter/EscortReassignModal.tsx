import { App, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../components/FormModal';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import type { VisitDetail } from '../stores/counter/slice';
import { canEscort } from './SuggestionList';
import { visitRules } from './visit-rules';

interface Values {
  staffId: string;
  reason: string;
}

/** 改派專人: another free colleague of the receiving unit, with the reason (kept in the history). */
export const EscortReassignModal = ({ detail, onClose }: { detail: VisitDetail; onClose: () => void }) => {
  const t = useT();
  const r = visitRules(t);
  const { message } = App.useApp();
  const visitId = detail.visit.id;
  const suggestions = useAppStore(counterSelectors.suggestionsFor(visitId));
  const loadSuggestions = useAppStore(counterSelectors.loadSuggestions);
  const reassignEscort = useAppStore(counterSelectors.reassignEscort);

  useEffect(() => {
    void loadSuggestions(visitId);
  }, [visitId, loadSuggestions]);

  const options = (suggestions ?? [])
    .filter((s) => s.staffId !== detail.visit.escortId)
    .map((s) => ({
      value: s.staffId,
      disabled: !canEscort(s),
      label: canEscort(s) ? s.name : t('common.withNote', { text: s.name, note: s.busy ? t('assign.busy') : t('assign.absent') }),
    }));

  return (
    <FormModal<Values>
      name="reassign"
      title={t('reassign.title', { name: detail.visitor.name })}
      okText={t('reassign.submit')}
      firstField="staffId"
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await reassignEscort(visitId, v.staffId, v.reason.trim());
        if (!res.ok) {
          void loadSuggestions(visitId);
          return { message: describeError(res.error, t), ...(res.error.reason?.startsWith('ESCORT_') ? { field: 'staffId' } : {}) };
        }
        void message.success(t('reassign.done'));
        return null;
      }}
    >
      <Form.Item
        name="staffId"
        label={t('reassign.to')}
        rules={[{ required: true, message: t('validation.select', { field: t('reassign.to') }) }]}
      >
        <Select showSearch={{ optionFilterProp: 'label' }} options={options} loading={suggestions === null} />
      </Form.Item>
      <Form.Item name="reason" label={t('reassign.reason')} rules={r.reason(t('reassign.reason'), 200)}>
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
    </FormModal>
  );
};
