import { Alert, Button, Table } from 'antd';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { ALL_PARAMETER_KEYS, parameterView } from './parameter-format';
import type { ParameterView } from './parameter-format';
import { ParameterFormModal } from './ParameterFormModal';

/** 參數: the plan's figures and the idle lock, with their units and allowed ranges. */
export const ParametersTab = () => {
  const t = useT();
  const values = useAppStore(useShallow((s) => ALL_PARAMETER_KEYS.map((k) => referenceSelectors.parameter(k)(s))));
  const loaded = useAppStore(referenceSelectors.referenceLoaded);
  const [editing, setEditing] = useState<ParameterView | null>(null);
  const rows = ALL_PARAMETER_KEYS.map((k, i) => parameterView(k, values[i], t));
  return (
    <>
      <Alert type="info" showIcon title={t('params.intro')} style={{ marginBottom: 12 }} />
      <Table<ParameterView>
        size="small"
        rowKey="key"
        loading={!loaded}
        dataSource={rows}
        pagination={false}
        tableLayout="fixed"
        columns={[
          { key: 'label', title: t('params.name'), dataIndex: 'label', ellipsis: true },
          {
            key: 'value',
            title: t('params.value'),
            width: 200,
            render: (_, p) => (
              <strong data-testid={`param-${p.key}`}>{p.display}</strong>
            ),
          },
          { key: 'range', title: t('params.range'), dataIndex: 'range', width: 240 },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 90,
            render: (_, p) => (
              <Button type="link" size="small" onClick={() => setEditing(p)} data-testid={`param-edit-${p.key}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? <ParameterFormModal param={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};
