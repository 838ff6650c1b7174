import { Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { RecordSummary } from '../../../shared/ipc/contract-records';
import { formatDayKeyShort, formatRocDateTime } from '../format/time';
import { useT } from '../i18n/use-t';
import type { ReferenceNames } from '../counter/use-names';
import { STATUS_COLOR } from './status';

/** A list of record sheets; a row opens the sheet. Returned sheets show why, in full. */
export const RecordTable = ({
  rows,
  names,
  empty,
  loading,
  testId,
  signed = false,
}: {
  rows: readonly RecordSummary[];
  names: ReferenceNames;
  empty: string;
  loading: boolean;
  testId: string;
  /** The signed list: when each was signed instead of when submitted and last changed. */
  signed?: boolean;
}) => {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Table<RecordSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows as RecordSummary[]}
      tableLayout="fixed"
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
      locale={{ emptyText: empty }}
      onRow={(r) => ({ onClick: () => void navigate(`/signoff/records/${r.id}`), style: { cursor: 'pointer' } })}
      data-testid={testId}
      columns={[
        {
          key: 'title',
          title: t('signoff.col.title'),
          render: (_, r) => (
            <div style={{ minWidth: 0 }}>
              <span className="bd-ellipsis" title={r.title} data-testid="record-title">
                {r.title}
              </span>
              {r.status === 'returned' && r.returnReason ? (
                <Typography.Text type="danger" className="bd-wrap" style={{ display: 'block', fontSize: 12 }}>
                  {t('signoff.returnedBecause', { reason: r.returnReason })}
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        { key: 'unit', title: t('signoff.col.unit'), width: 110, ellipsis: true, render: (_, r) => names.unit(r.unitId) },
        { key: 'author', title: t('signoff.col.author'), width: 120, ellipsis: true, render: (_, r) => r.authorName },
        {
          key: 'status',
          title: t('signoff.col.status'),
          width: 90,
          render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`recordStatus.${r.status}`)}</Tag>,
        },
        {
          key: 'day',
          title: t('signoff.col.day'),
          width: 100,
          render: (_, r) => (r.subjectDay ? formatDayKeyShort(r.subjectDay) : '—'),
        },
        ...(signed
          ? [
              {
                key: 'signed',
                title: t('signoff.col.signed'),
                width: 160,
                render: (_: unknown, r: RecordSummary) => (r.signedAt ? formatRocDateTime(r.signedAt) : '—'),
              },
            ]
          : [
              {
                key: 'submitted',
                title: t('signoff.col.submitted'),
                width: 160,
                render: (_: unknown, r: RecordSummary) => (r.submittedAt ? formatRocDateTime(r.submittedAt) : '—'),
              },
              {
                key: 'updated',
                title: t('signoff.col.updated'),
                width: 160,
                render: (_: unknown, r: RecordSummary) => formatRocDateTime(r.updatedAt),
              },
            ]),
      ]}
    />
  );
};
