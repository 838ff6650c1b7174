import { Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { CaseSummary } from '../stores/cases/slice';
import { formatRocDay } from '../format/time';
import { useT } from '../i18n/use-t';
import { CaseStatusTag } from './CaseStatusTag';

/** Cases as the counter looks them up; a row (or its number, by keyboard) opens the case. */
export const CaseTable = ({
  rows,
  loading,
  empty,
}: {
  rows: readonly CaseSummary[];
  loading: boolean;
  empty: string;
}) => {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Table<CaseSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows as CaseSummary[]}
      tableLayout="fixed"
      pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
      locale={{ emptyText: empty }}
      onRow={(r) => ({ onClick: () => void navigate(`/cases/${r.id}`), style: { cursor: 'pointer' } })}
      data-testid="case-table"
      columns={[
        {
          key: 'number',
          title: t('cases.col.number'),
          width: 150,
          render: (_, r) => (
            <Link to={`/cases/${r.id}`} className="bd-mono" style={{ fontSize: 13 }} onClick={(e) => e.stopPropagation()}>
              {r.caseNumber}
            </Link>
          ),
        },
        {
          key: 'company',
          title: t('cases.col.company'),
          ellipsis: true,
          render: (_, r) => <span title={r.companyName}>{r.companyName}</span>,
        },
        {
          key: 'ubn',
          title: t('cases.col.ubn'),
          width: 110,
          render: (_, r) => <span className="bd-mono">{r.companyUbn ?? '—'}</span>,
        },
        {
          key: 'product',
          title: t('cases.col.product'),
          ellipsis: true,
          render: (_, r) => (
            <span title={`${r.productName} ${r.productModel}`}>
              {r.productName}
              {r.productModel ? (
                <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                  {r.productModel}
                </Typography.Text>
              ) : null}
            </span>
          ),
        },
        { key: 'status', title: t('cases.col.status'), width: 130, render: (_, r) => <CaseStatusTag status={r.status} /> },
        { key: 'received', title: t('cases.col.received'), width: 100, render: (_, r) => formatRocDay(r.receivedAt) },
        {
          key: 'officer',
          title: t('cases.col.officer'),
          width: 100,
          ellipsis: true,
          render: (_, r) => r.officerName ?? <Typography.Text type="secondary">—</Typography.Text>,
        },
      ]}
    />
  );
};
