import { Flex, Form, Input } from 'antd';
import { useT } from '../i18n/use-t';
import { slotRules } from './visit-forms';

const THIRD = { flex: 1, minWidth: 0 };

/** Date, start and end of a visit, checked as main checks them (not in the past, end after start). */
export const SlotFields = ({ today }: { today: string }) => {
  const t = useT();
  const r = slotRules(t, today);
  return (
    <Flex gap={12}>
      <Form.Item name="day" label={t('visitForm.day')} rules={r.day} style={{ ...THIRD, flex: 1.4 }}>
        <Input type="date" min={today} />
      </Form.Item>
      <Form.Item name="startTime" label={t('visitForm.start')} rules={r.time('visitForm.start')} style={THIRD}>
        <Input type="time" step={300} />
      </Form.Item>
      <Form.Item
        name="endTime"
        label={t('visitForm.end')}
        dependencies={['startTime']}
        rules={[...r.time('visitForm.end'), r.end]}
        style={THIRD}
      >
        <Input type="time" step={300} />
      </Form.Item>
    </Flex>
  );
};
