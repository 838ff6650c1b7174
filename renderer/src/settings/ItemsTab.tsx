import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BusinessItem } from '../../../shared/domain/reference';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { ActiveTag, DemoTag } from './ActiveTag';
import { ItemFormModal } from './ItemFormModal';
import { TableToolbar } from './TableToolbar';

/** 洽辦業務: the business items each unit handles at the counter. */
export const ItemsTab = () => {
  const t = useT();
  const [unitFilter, setUnitFilter] = useState<string | null>(null);
  const items = useAppStore(useShallow(referenceSelectors.itemsOf(unitFilter)));
  const units = useAppStore(useShallow(referenceSelectors.unitsSorted));
  const unitNames = useAppStore(useShallow(referenceSelectors.unitNames));
  const loaded = useAppStore(referenceSelectors.referenceLoaded);
  const [editing, setEditing] = useState<BusinessItem | 'new' | null>(null);
  return (
    <>
      <TableToolbar
        left={
          <Select<string | null>
            style={{ width: 200 }}
            value={unitFilter}
            onChange={setUnitFilter}
            aria-label={t('items.unit')}
            options={[{ value: null, label: t('common.all') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
        }
        count={t('items.count', { count: items.length })}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('items.add')}
          </Button>
        }
      />
      <Table<BusinessItem>
        size="small"
        rowKey="id"
        loading={!loaded}
        dataSource={items}
        tableLayout="fixed"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
        columns={[
          { key: 'code', title: t('items.code'), dataIndex: 'code', width: 110, ellipsis: true, className: 'bd-mono' },
          {
            key: 'name',
            title: t('items.name'),
            ellipsis: true,
            render: (_, b) => (
              <Space size={4}>
                <span className="bd-ellipsis" style={{ maxWidth: 420 }} title={b.name}>
                  {b.name}
                </span>
                {b.demo ? <DemoTag /> : null}
              </Space>
            ),
          },
          { key: 'unit', title: t('items.unit'), width: 140, ellipsis: true, render: (_, b) => unitNames[b.unitId] ?? b.unitId },
          { key: 'active', title: t('common.status'), width: 90, render: (_, b) => <ActiveTag active={b.active} /> },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 90,
            render: (_, b) => (
              <Button type="link" size="small" onClick={() => setEditing(b)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <ItemFormModal
          item={editing === 'new' ? null : editing}
          defaultUnitId={unitFilter}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
};
