import { PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Unit } from '../../../shared/domain/reference';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { ActiveTag } from './ActiveTag';
import { TableToolbar } from './TableToolbar';
import { UnitFormModal } from './UnitFormModal';

/** 單位: the branch's sections, offices and secretariat. */
export const UnitsTab = () => {
  const t = useT();
  const units = useAppStore(useShallow(referenceSelectors.unitsSorted));
  const loaded = useAppStore(referenceSelectors.referenceLoaded);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  return (
    <>
      <TableToolbar
        count={t('units.count', { count: units.length })}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('units.add')}
          </Button>
        }
      />
      <Table<Unit>
        size="small"
        rowKey="id"
        loading={!loaded}
        dataSource={units}
        pagination={false}
        tableLayout="fixed"
        columns={[
          { key: 'code', title: t('units.code'), dataIndex: 'code', width: 110, ellipsis: true, className: 'bd-mono' },
          { key: 'name', title: t('units.name'), dataIndex: 'name', ellipsis: true },
          { key: 'kind', title: t('units.kind'), width: 120, render: (_, u) => t(`unitKind.${u.kind}`) },
          { key: 'order', title: t('units.sortOrder'), dataIndex: 'sortOrder', width: 90, align: 'right' },
          { key: 'active', title: t('common.status'), width: 90, render: (_, u) => <ActiveTag active={u.active} /> },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 90,
            render: (_, u) => (
              <Button type="link" size="small" onClick={() => setEditing(u)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? <UnitFormModal unit={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};
