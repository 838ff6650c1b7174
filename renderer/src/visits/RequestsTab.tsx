import { Button, Flex, Segmented, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { VisitRequestSummary } from '../../../shared/ipc/contract-visits';
import { formatRocDateTime } from '../format/time';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { visitsSelectors } from '../stores/visits/selectors';
import type { RequestFilter } from '../stores/visits/slice';
import { AnswerModal } from './AnswerModal';
import { RequestStatusTag } from './labels';
import type { StaffLookup } from './use-staff';
import { VisitFormModal } from './VisitFormModal';

/** 咨詢與請求: logged requests; an open one gets a visit (安排訪廠) or an answer without one (電話／書面答覆). */
export const RequestsTab = ({ staff }: { staff: StaffLookup }) => {
  const t = useT();
  const navigate = useNavigate();
  const rows = useAppStore(visitsSelectors.requests);
  const loaded = useAppStore(visitsSelectors.requestsLoaded);
  const filter = useAppStore(visitsSelectors.requestFilter);
  const load = useAppStore(visitsSelectors.loadRequests);
  const [visitFor, setVisitFor] = useState<VisitRequestSummary | null>(null);
  const [answerFor, setAnswerFor] = useState<VisitRequestSummary | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <Flex style={{ marginBottom: 8 }}>
        <Segmented<RequestFilter>
          value={filter}
          onChange={(f) => void load(f)}
          options={[
            { value: 'open', label: t('request.filter.open') },
            { value: 'all', label: t('request.filter.all') },
          ]}
        />
      </Flex>
      <Table<VisitRequestSummary>
        size="small"
        rowKey="id"
        loading={!loaded}
        dataSource={rows as VisitRequestSummary[]}
        tableLayout="fixed"
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
        locale={{ emptyText: t('request.empty') }}
        data-testid="requests-table"
        columns={[
          {
            key: 'received',
            title: t('request.col.received'),
            width: 150,
            render: (_, r) => (
              <>
                <div>{formatRocDateTime(r.receivedAt).slice(0, 15)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`channel.${r.channel}`)} · {r.createdByName}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'company',
            title: t('request.col.company'),
            width: 220,
            render: (_, r) => (
              <>
                <div className="bd-ellipsis">{r.companyName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} className="bd-mono">
                  {r.companyUbn ?? ''} {t(`category.${r.category}`)}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'question',
            title: t('request.col.question'),
            render: (_, r) => (
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.question }} style={{ margin: 0 }} className="bd-wrap">
                {r.question}
              </Typography.Paragraph>
            ),
          },
          { key: 'status', title: t('request.col.status'), width: 110, render: (_, r) => <RequestStatusTag status={r.status} /> },
          {
            key: 'action',
            title: t('common.actions'),
            width: 220,
            render: (_, r) =>
              r.status === 'open' ? (
                <Flex gap={6} wrap>
                  <Button size="small" type="primary" onClick={() => setVisitFor(r)} data-testid="request-make-visit">
                    {t('request.makeVisit')}
                  </Button>
                  <Button size="small" onClick={() => setAnswerFor(r)} data-testid="request-answer">
                    {t('request.answer')}
                  </Button>
                </Flex>
              ) : r.visitId ? (
                <Button size="small" onClick={() => void navigate(`/visits/visit/${r.visitId}`)}>
                  {t('request.openVisit')}
                </Button>
              ) : null,
          },
        ]}
      />
      {visitFor ? <VisitFormModal request={visitFor} staff={staff} onClose={() => setVisitFor(null)} /> : null}
      {answerFor ? <AnswerModal request={answerFor} onClose={() => setAnswerFor(null)} /> : null}
    </>
  );
};
