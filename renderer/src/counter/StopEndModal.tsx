import { Form, Input, Radio } from 'antd';
import { STOP_OUTCOMES } from '../../../shared/domain/escort';
import type { EscortStop, StopOutcome } from '../../../shared/domain/escort';
import { FormModal } from '../components/FormModal';
import { formatHm } from '../format/time';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import { stopInstant } from './stop-times';
import type { ReferenceNames } from './use-names';
import { nowHm, todayKey, visitRules } from './visit-rules';

interface Values {
  time: string;
  outcome: StopOutcome;
  note: string;
}

/** 結束此站: when the stop ended (now by default), its outcome (辦結/待補件/轉介/其他) and a note. */
export const StopEndModal = ({ stop, names, onClose }: { stop: EscortStop; names: ReferenceNames; onClose: () => void }) => {
  const t = useT();
  const r = visitRules(t);
  const recordStop = useAppStore(counterSelectors.recordStop);
  return (
    <FormModal<Values>
      name="stopEnd"
      title={t('stopEnd.title', { unit: names.unit(stop.unitId), start: formatHm(stop.startedAt) })}
      okText={t('stopEnd.submit')}
      width={520}
      firstField="time"
      initialValues={{ time: nowHm(), outcome: 'done', note: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const endedAt = stopInstant(todayKey(), v.time, stop.startedAt);
        if (!endedAt) return { message: t('validation.time'), field: 'time' };
        const res = await recordStop({
          visitId: stop.visitId,
          stopId: stop.id,
          unitId: stop.unitId,
          itemId: stop.itemId,
          startedAt: stop.startedAt,
          endedAt,
          outcome: v.outcome,
          note: (v.note ?? '').trim(),
        });
        if (!res.ok) {
          const reason = res.error.reason;
          const field = reason === 'STOP_ENDS_BEFORE_START' ? 'time' : reason === 'OUTCOME_REQUIRED' ? 'outcome' : undefined;
          return { message: describeError(res.error, t), ...(field ? { field } : {}) };
        }
        return null;
      }}
    >
      <Form.Item
        name="time"
        label={t('stopEnd.time')}
        rules={r.time(t('stopEnd.time'))}
        extra={t('stopEnd.timeHint', { start: formatHm(stop.startedAt) })}
      >
        <Input maxLength={5} inputMode="numeric" className="bd-mono" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item
        name="outcome"
        label={t('stopEnd.outcome')}
        rules={[{ required: true, message: t('validation.select', { field: t('stopEnd.outcome') }) }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={STOP_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('stopEnd.note')} rules={r.note()}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
};
