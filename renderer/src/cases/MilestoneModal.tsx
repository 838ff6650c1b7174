import { App, Flex, Form, Input, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { MILESTONE_KINDS } from '../../../shared/domain/inspection-case';
import type { MilestoneKind } from '../../../shared/domain/inspection-case';
import { taipeiDayKey } from '../../../shared/util/roc-date';
import { FormModal } from '../components/FormModal';
import { formatHm, hmOnDay, parseHm } from '../format/time';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { casesSelectors } from '../stores/cases/selectors';

interface Values {
  kind: Exclude<MilestoneKind, 'received'>;
  day: string;
  time: string;
  note?: string;
}

/** The next step in the usual order, offered first; any step may be chosen. */
const NEXT: Readonly<Partial<Record<MilestoneKind, Values['kind']>>> = {
  received: 'sampling',
  sampling: 'testing',
  supplement: 'testing',
  testing: 'reviewing',
  reviewing: 'completed',
};

/** 新增進度: which step, when (now unless told), and a short note. */
export const MilestoneModal = ({
  caseId,
  caseNumber,
  status,
  onClose,
}: {
  caseId: string;
  caseNumber: string;
  status: MilestoneKind;
  onClose: () => void;
}) => {
  const t = useT();
  const { message } = App.useApp();
  const addMilestone = useAppStore(casesSelectors.addMilestone);
  const initial = useMemo(() => {
    const now = new Date();
    return { kind: NEXT[status] ?? 'testing', day: taipeiDayKey(now), time: formatHm(now.toISOString()), note: '' } satisfies Values;
  }, [status]);
  const options = MILESTONE_KINDS.filter((k): k is Values['kind'] => k !== 'received').map((k) => ({
    value: k,
    label: t(`milestone.${k}`),
  }));
  return (
    <FormModal<Values>
      name="milestone"
      title={t('milestoneForm.title', { number: caseNumber })}
      okText={t('milestoneForm.submit')}
      firstField="kind"
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const at = hmOnDay(v.day, v.time);
        if (!at) return { message: t('validation.time'), field: 'time' };
        // Left at "now", main's clock is used: a minute-rounded time could fall before the last entry.
        const asOffered = v.day === initial.day && parseHm(v.time) === initial.time;
        const res = await addMilestone({ caseId, kind: v.kind, ...(asOffered ? {} : { at }), note: (v.note ?? '').trim() });
        if (!res.ok) {
          const field = res.error.reason === 'MILESTONE_BEFORE_PREVIOUS' ? 'time' : undefined;
          return { message: describeError(res.error, t), ...(field ? { field } : {}) };
        }
        void message.success(t('milestoneForm.done', { kind: t(`milestone.${v.kind}`) }));
        return null;
      }}
    >
      <Form.Item name="kind" label={t('milestoneForm.kind')} rules={[{ required: true }]}>
        <Select options={options} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item
          name="day"
          label={t('milestoneForm.day')}
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('validation.day') }]}
          style={{ width: 180 }}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="time"
          label={t('milestoneForm.time')}
          extra={t('time.hint')}
          rules={[
            {
              validator: (_r, v: unknown) =>
                typeof v === 'string' && parseHm(v) ? Promise.resolve() : Promise.reject(new Error(t('validation.time'))),
            },
          ]}
          style={{ flex: 1 }}
        >
          <Input maxLength={5} style={{ width: 100 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('milestoneForm.note')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
        <Input.TextArea rows={2} maxLength={200} showCount placeholder={t('milestoneForm.notePlaceholder')} />
      </Form.Item>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('milestoneForm.terminalHint')}
      </Typography.Text>
    </FormModal>
  );
};
