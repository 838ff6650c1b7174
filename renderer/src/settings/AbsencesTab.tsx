import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Input, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { StaffAbsence } from '../../../shared/domain/escort';
import { taipeiDayKey } from '../../../shared/util/roc-date';
import { formatDayKeyLong } from '../format/time';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { staffingSelectors } from '../stores/staffing/selectors';
import { AbsenceFormModal } from './AbsenceFormModal';
import { TableToolbar } from './TableToolbar';

/** 請假登記: who is away on a day; they are not suggested as escorts that day. */
export const AbsencesTab = () => {
  const t = useT();
  const { message } = App.useApp();
  const remove = useAppStore(staffingSelectors.removeAbsence);
  const today = useMemo(() => taipeiDayKey(new Date()), []);
  const [day, setDay] = useState(today);
  const absences = useAppStore(staffingSelectors.absences);
  const shownDay = useAppStore(staffingSelectors.absenceDay);
  const error = useAppStore(staffingSelectors.error);
  const loadAbsences = useAppStore(staffingSelectors.loadAbsences);
  const loadStaff = useAppStore(referenceSelectors.loadStaff);
  const staff = useAppStore(referenceSelectors.staff);
  const unitNames = useAppStore(useShallow(referenceSelectors.unitNames));
  const [editing, setEditing] = useState<StaffAbsence | 'new' | null>(null);
  const person = (id: string) => staff.find((s) => s.id === id);

  useEffect(() => {
    void loadStaff();
  }, [loadStaff]);
  useEffect(() => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) void loadAbsences(day);
  }, [day, loadAbsences]);

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 10 }}>
        {t('absences.intro')}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={describeError(error, t)} style={{ marginBottom: 10 }} /> : null}
      <TableToolbar
        left={
          <>
            <Input
              type="date"
              value={day}
              onChange={(e) => setDay(e.target.value || today)}
              style={{ width: 170 }}
              aria-label={t('absences.day')}
              data-testid="absence-day"
            />
            <Button onClick={() => setDay(today)} disabled={day === today}>
              {t('absences.today')}
            </Button>
            <Typography.Text strong>{formatDayKeyLong(day)}</Typography.Text>
          </>
        }
        count={t('absences.count', { count: shownDay === day ? absences.length : 0 })}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="absence-add">
            {t('absences.add')}
          </Button>
        }
      />
      <Table<StaffAbsence>
        size="small"
        rowKey="id"
        dataSource={shownDay === day ? absences : []}
        tableLayout="fixed"
        pagination={false}
        locale={{ emptyText: t('absences.empty') }}
        columns={[
          { key: 'staff', title: t('absences.staff'), ellipsis: true, render: (_, a) => person(a.staffId)?.name ?? '—' },
          {
            key: 'unit',
            title: t('absences.unit'),
            width: 140,
            ellipsis: true,
            render: (_, a) => unitNames[person(a.staffId)?.unitId ?? ''] ?? '—',
          },
          { key: 'reason', title: t('absences.reason'), ellipsis: true, render: (_, a) => a.reason || '—' },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 130,
            render: (_, a) => (
              <>
                <Button type="link" size="small" onClick={() => setEditing(a)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={<div style={{ maxWidth: 280 }}>{t('absences.removeConfirm')}</div>}
                  okText={t('absences.remove')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={async () => {
                    const r = await remove(a.id);
                    if (r.ok) void message.success(t('absences.removed'));
                    else void message.error(describeError(r.error, t), 8);
                  }}
                >
                  <Button type="link" size="small" danger data-testid="absence-remove">
                    {t('absences.remove')}
                  </Button>
                </Popconfirm>
              </>
            ),
          },
        ]}
      />
      {editing ? (
        <AbsenceFormModal absence={editing === 'new' ? null : editing} day={day} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
};
