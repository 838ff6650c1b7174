import { Button, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CalendarVisit } from '../../../shared/ipc/contract-visits';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { visitsSelectors } from '../stores/visits/selectors';
import { ScheduleModal } from './ScheduleModal';
import type { StaffLookup } from './use-staff';

/** 待約定日期: visits made (from a request or an occasion) whose date is still to be agreed with the business. */
export const WaitingTab = ({ staff }: { staff: StaffLookup }) => {
  const t = useT();
  const navigate = useNavigate();
  const rows = useAppStore(visitsSelectors.waiting);
  const loaded = useAppStore(visitsSelectors.waitingLoaded);
  const load = useAppStore(visitsSelectors.loadWaiting);
  const [scheduling, setScheduling] = useState<CalendarVisit | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <Table<CalendarVisit>
        size="small"
        rowKey="id"
        loading={!loaded}
        dataSource={rows as CalendarVisit[]}
        tableLayout="fixed"
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
        locale={{ emptyText: t('waiting.empty') }}
        data-testid="waiting-table"
        onRow={(v) => ({ onDoubleClick: () => void navigate(`/visits/visit/${v.id}`) })}
        columns={[
          {
            key: 'company',
            title: t('waiting.col.company'),
            render: (_, v) => (
              <Typography.Link onClick={() => void navigate(`/visits/visit/${v.id}`)} className="bd-ellipsis">
                {v.companyName}
              </Typography.Link>
            ),
          },
          { key: 'address', title: t('waiting.col.address'), ellipsis: true, render: (_, v) => v.address || '—' },
          {
            key: 'inspectors',
            title: t('waiting.col.inspectors'),
            width: 170,
            ellipsis: true,
            render: (_, v) => v.inspectors.map((i) => i.name).join(t('common.listSeparator')),
          },
          { key: 'occasion', title: t('waiting.col.occasion'), width: 150, render: (_, v) => t(`occasion.${v.occasion}`) },
          {
            key: 'action',
            title: t('common.actions'),
            width: 120,
            render: (_, v) => (
              <Button size="small" type="primary" onClick={() => setScheduling(v)} data-testid="waiting-schedule">
                {t('waiting.schedule')}
              </Button>
            ),
          },
        ]}
      />
      {scheduling ? <ScheduleModal visit={scheduling} staff={staff} onClose={() => setScheduling(null)} /> : null}
    </>
  );
};
