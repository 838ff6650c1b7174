import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { VehicleRequestSummary } from '../../../shared/ipc/contract-visits';
import { formatRocDateTime } from '../format/time';
import { useT } from '../i18n/use-t';
import { formatSpan } from './vehicle-form';
import { VehicleStatusTag } from './VehicleStatusTag';

/**
 * Car requests as a table: when, where and why, who asks (optional), riders, status (with the reason
 * of a return), the car and driver, odometer; `actions` adds the buttons the screen offers.
 */
export const VehicleRequestTable = ({
  rows,
  loading,
  empty,
  testId,
  showApplicant = false,
  actions,
  actionsWidth = 220,
  decided = true,
  status = true,
}: {
  rows: readonly VehicleRequestSummary[];
  loading: boolean;
  empty: string;
  testId: string;
  showApplicant?: boolean;
  actions?: (r: VehicleRequestSummary) => ReactNode;
  actionsWidth?: number;
  /** Shows the car, driver and odometer columns (a list of pending requests has none to show). */
  decided?: boolean;
  /** Shows the status column (a list all of one status can leave it out). */
  status?: boolean;
}) => {
  const t = useT();
  return (
    <Table<VehicleRequestSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows as VehicleRequestSummary[]}
      tableLayout="fixed"
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
      locale={{ emptyText: empty }}
      data-testid={testId}
      columns={[
        { key: 'when', title: t('vreq.col.when'), width: 175, render: (_, r) => formatSpan(r.startAt, r.endAt) },
        ...(showApplicant
          ? [
              {
                key: 'applicant',
                title: t('vreq.col.applicant'),
                width: 130,
                render: (_: unknown, r: VehicleRequestSummary) => (
                  <>
                    <div className="bd-ellipsis">{r.applicantName}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                      {r.unitName}
                    </Typography.Text>
                  </>
                ),
              },
            ]
          : []),
        {
          key: 'destination',
          title: t('vreq.col.destination'),
          render: (_, r) => (
            <>
              <div className="bd-ellipsis" style={{ display: 'block' }} title={r.destination}>
                {r.destination}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} className="bd-ellipsis" title={r.purpose}>
                {r.purpose}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'riders',
          title: t('vreq.col.riders'),
          width: 90,
          render: (_, r) => (
            <span title={r.passengers.join(t('common.listSeparator'))}>
              {t(r.driverNeeded ? 'vreq.ridersWithDriver' : 'vreq.riders', { count: r.passengers.length })}
            </span>
          ),
        },
        ...(status
          ? [
              {
                key: 'status',
                title: t('vreq.col.status'),
                width: 150,
                render: (_: unknown, r: VehicleRequestSummary) => (
                  <>
                    <VehicleStatusTag status={r.status} />
                    {r.status === 'returned' && r.returnReason ? (
                      <Typography.Text type="danger" className="bd-wrap" style={{ display: 'block', fontSize: 12 }}>
                        {t('vreq.returnedBecause', { reason: r.returnReason })}
                      </Typography.Text>
                    ) : null}
                    {r.decidedByName && r.decidedAt ? (
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 11 }}>
                        {t('vreq.decidedBy', { name: r.decidedByName, time: formatRocDateTime(r.decidedAt).slice(4, 15) })}
                      </Typography.Text>
                    ) : null}
                  </>
                ),
              },
            ]
          : []),
        ...(decided
          ? [
              {
                key: 'car',
                title: t('vreq.col.car'),
                width: 130,
                render: (_: unknown, r: VehicleRequestSummary) =>
                  r.vehiclePlate ? (
                    <>
                      <div className="bd-mono" data-testid="vreq-plate">
                        {r.vehiclePlate}
                      </div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.driverName || t('vreq.selfDrive')}
                      </Typography.Text>
                    </>
                  ) : (
                    '—'
                  ),
              },
              {
                key: 'odometer',
                title: t('vreq.col.odometer'),
                width: 140,
                render: (_: unknown, r: VehicleRequestSummary) =>
                  r.odometerOut === null ? '—' : <span className="bd-mono">{`${r.odometerOut} → ${r.odometerIn ?? '…'}`}</span>,
              },
            ]
          : []),
        ...(actions ? [{ key: 'actions', title: t('common.actions'), width: actionsWidth, render: (_: unknown, r: VehicleRequestSummary) => actions(r) }] : []),
      ]}
    />
  );
};
