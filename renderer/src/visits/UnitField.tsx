import { Form, Select } from 'antd';
import type { CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { rules } from '../forms/rules';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';

/** 承辦單位 of a request or visit: an active section or office (the secretariat handles cars, not visits). */
export const UnitField = ({ style }: { style?: CSSProperties }) => {
  const t = useT();
  const r = rules(t);
  const units = useAppStore(useShallow(referenceSelectors.activeUnits));
  return (
    <Form.Item name="unitId" label={t('request.unit')} rules={[r.select(t('request.unit'))]} {...(style ? { style } : {})}>
      <Select options={units.filter((u) => u.kind !== 'secretariat').map((u) => ({ value: u.id, label: u.name }))} />
    </Form.Item>
  );
};
