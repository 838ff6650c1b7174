import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SignDeputy } from '../../../shared/domain/record-sheet';
import { taipeiDayKey } from '../../../shared/util/roc-date';
import { formatDayKeyShort } from '../format/time';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { deputyState } from '../stores/staffing/selectors';
import { staffingSelectors } from '../stores/staffing/selectors';
import { DeputyFormModal } from './DeputyFormModal';
import { TableToolbar } from './TableToolbar';

const STATE_COLOR = { current: 'green', upcoming: 'blue', past: 'default' } as const;

/** 代理人: who may sign a unit's record sheets for its chief, over which days (recorded as 代理 on the sheet). */
export const DeputiesTab = () => {
  const t = useT();
  const { message } = App.useApp();
  const remove = useAppStore(staffingSelectors.removeDeputy);
  const today = useMemo(() => taipeiDayKey(new Date()), []);
  const deputies = useAppStore(useShallow(staffingSelectors.deputiesSorted(today)));
  const loaded = useAppStore(staffingSelectors.deputiesLoaded);
  const error = useAppStore(staffingSelectors.error);
  const loadDeputies = useAppStore(staffingSelectors.loadDeputies);
  const loadStaff = useAppStore(referenceSelectors.loadStaff);
  const staff = useAppStore(referenceSelectors.staff);
  const unitNames = useAppStore(useShallow(referenceSelectors.unitNames));
  const [editing, setEditing] = useState<SignDeputy | 'new' | null>(null);
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? '—';

  useEffect(() => {
    void loadDeputies();
    void loadStaff();
  }, [loadDeputies, loadStaff]);

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 10 }}>
        {t('deputies.intro')}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={describeError(error, t)} style={{ marginBottom: 10 }} /> : null}
      <TableToolbar
        count={t('deputies.count', { count: deputies.length })}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="deputy-add">
            {t('deputies.add')}
          </Button>
        }
      />
      <Table<SignDeputy>
        size="small"
        rowKey="id"
        loading={!loaded}
        dataSource={deputies}
        tableLayout="fixed"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
        locale={{ emptyText: t('deputies.empty') }}
        columns={[
          { key: 'unit', title: t('deputies.unit'), width: 130, ellipsis: true, render: (_, d) => unitNames[d.unitId] ?? d.unitId },
          { key: 'chief', title: t('deputies.chief'), ellipsis: true, render: (_, d) => nameOf(d.chiefId) },
          { key: 'deputy', title: t('deputies.deputy'), ellipsis: true, render: (_, d) => nameOf(d.deputyId) },
          {
            key: 'period',
            title: t('deputies.period'),
            width: 200,
            render: (_, d) => `${formatDayKeyShort(d.fromDay)} – ${formatDayKeyShort(d.toDay)}`,
          },
          {
            key: 'state',
            title: t('common.status'),
            width: 100,
            render: (_, d) => {
              const s = deputyState(d, today);
              return <Tag color={STATE_COLOR[s]}>{t(`deputies.state.${s}`)}</Tag>;
            },
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 130,
            render: (_, d) => (
              <>
                <Button type="link" size="small" onClick={() => setEditing(d)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={<div style={{ maxWidth: 280 }}>{t('deputies.removeConfirm')}</div>}
                  okText={t('deputies.remove')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={async () => {
                    const r = await remove(d.id);
                    if (r.ok) void message.success(t('deputies.removed'));
                    else void message.error(describeError(r.error, t), 8);
                  }}
                >
                  <Button type="link" size="small" danger data-testid="deputy-remove">
                    {t('deputies.remove')}
                  </Button>
                </Popconfirm>
              </>
            ),
          },
        ]}
      />
      {editing ? <DeputyFormModal deputy={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};
