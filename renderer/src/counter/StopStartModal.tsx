import { Flex, Form, Input, Select } from 'antd';
import { useShallow } from 'zustand/react/shallow';
import { FormModal } from '../components/FormModal';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import type { VisitDetail } from '../stores/counter/slice';
import { referenceSelectors } from '../stores/reference/selectors';
import { stopInstant } from './stop-times';
import { nowHm, todayKey, visitRules } from './visit-rules';

interface Values {
  unitId: string;
  itemId: string;
  time: string;
}

/**
 * 開始一站: the unit the visitor is taken to, the business item there, and when it began (now by
 * default). The next unit of the visit not yet visited is offered first, so Enter is usually enough.
 */
export const StopStartModal = ({ detail, onClose }: { detail: VisitDetail; onClose: () => void }) => {
  const t = useT();
  const r = visitRules(t);
  const recordStop = useAppStore(counterSelectors.recordStop);
  const units = useAppStore(useShallow(referenceSelectors.activeUnits));
  const items = useAppStore(useShallow(referenceSelectors.activeItemsByUnit));
  const { visit, stops } = detail;
  const visited = new Set(stops.map((s) => s.unitId));
  const firstUnit = visit.unitIds.find((u) => !visited.has(u)) ?? visit.receivingUnitId;
  /** The visit's own item in that unit, else the unit's first item. */
  const itemFor = (unitId: string) =>
    visit.itemIds.find((id) => items.find((i) => i.id === id)?.unitId === unitId) ?? items.find((i) => i.unitId === unitId)?.id;
  // The visit's units first, in the order of its items; then every other unit (a visitor may be referred on).
  const unitOptions = [
    ...visit.unitIds.map((id) => units.find((u) => u.id === id)).filter((u) => u !== undefined),
    ...units.filter((u) => !visit.unitIds.includes(u.id)),
  ].map((u) => ({ value: u.id, label: u.name }));

  return (
    <FormModal<Values>
      name="stopStart"
      title={t('stopStart.title')}
      okText={t('stopStart.submit')}
      width={520}
      firstField="unitId"
      initialValues={{ unitId: firstUnit, itemId: itemFor(firstUnit) ?? '', time: nowHm() }}
      onClose={onClose}
      onSubmit={async (v) => {
        const startedAt = stopInstant(todayKey(), v.time, visit.arrivedAt);
        if (!startedAt) return { message: t('validation.time'), field: 'time' };
        const res = await recordStop({
          visitId: visit.id,
          unitId: v.unitId,
          itemId: v.itemId,
          startedAt,
          endedAt: null,
          outcome: null,
          note: '',
        });
        if (!res.ok) {
          const reason = res.error.reason;
          const field = reason === 'STOP_BEFORE_ARRIVAL' ? 'time' : reason === 'ITEM_NOT_IN_UNIT' ? 'itemId' : undefined;
          return { message: describeError(res.error, t), ...(field ? { field } : {}) };
        }
        return null;
      }}
    >
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.unitId !== b.unitId}>
        {(form) => {
          const unitId = form.getFieldValue('unitId') as string;
          return (
            <>
              <Flex gap={12}>
                <Form.Item name="unitId" label={t('stopStart.unit')} rules={[{ required: true }]} style={{ width: 180 }}>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={unitOptions}
                    onChange={(u: string) => form.setFieldValue('itemId', itemFor(u) ?? undefined)}
                  />
                </Form.Item>
                <Form.Item
                  name="itemId"
                  label={t('stopStart.item')}
                  rules={[{ required: true, message: t('validation.select', { field: t('stopStart.item') }) }]}
                  style={{ flex: 1, minWidth: 0 }}
                >
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={items.filter((i) => i.unitId === unitId).map((i) => ({ value: i.id, label: `${i.code} ${i.name}` }))}
                  />
                </Form.Item>
              </Flex>
              <Form.Item name="time" label={t('stopStart.time')} rules={r.time(t('stopStart.time'))} extra={t('time.hint')}>
                <Input maxLength={5} inputMode="numeric" className="bd-mono" style={{ width: 120 }} />
              </Form.Item>
            </>
          );
        }}
      </Form.Item>
    </FormModal>
  );
};
