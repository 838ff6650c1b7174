import { Descriptions, Typography } from 'antd';
import type { VisitDetailOut } from '../../../shared/ipc/contract-visits';
import { formatDayKeyLong, formatRocDateTime } from '../format/time';
import { useT } from '../i18n/use-t';

/** The visit's facts, as the office recorded them. */
export const VisitFacts = ({ detail }: { detail: VisitDetailOut }) => {
  const t = useT();
  const v = detail.visit;
  const sep = t('common.listSeparator');
  const when =
    v.dayKey && v.startTime && v.endTime ? `${formatDayKeyLong(v.dayKey)} ${v.startTime}–${v.endTime}` : t('visit.notScheduled');
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
      data-testid="visit-facts"
      items={[
        { key: 'company', label: t('visit.company'), children: <span className="bd-wrap">{v.companyName}</span> },
        { key: 'ubn', label: t('visit.ubn'), children: <span className="bd-mono">{v.companyUbn ?? '—'}</span> },
        { key: 'when', label: t('visit.when'), children: <strong data-testid="visit-when">{when}</strong> },
        { key: 'inspectors', label: t('visit.inspectors'), children: v.inspectors.map((i) => i.name).join(sep) },
        { key: 'address', label: t('visit.address'), span: 2, children: <span className="bd-wrap">{v.address || '—'}</span> },
        {
          key: 'contact',
          label: t('visit.contact'),
          children: [v.contactName, v.contactPhone].filter(Boolean).join(' ') || '—',
        },
        { key: 'category', label: t('visit.category'), children: t(`category.${v.category}`) },
        { key: 'occasion', label: t('visit.occasion'), children: t(`occasion.${v.occasion}`) },
        { key: 'mode', label: t('visit.mode'), children: t(`serviceMode.${v.mode}`) },
        { key: 'unit', label: t('visit.unit'), children: v.unitName },
        { key: 'by', label: t('visit.createdBy'), children: v.createdByName },
        ...(v.purpose ? [{ key: 'purpose', label: t('visit.purpose'), span: 2, children: <span className="bd-wrap" style={{ whiteSpace: 'pre-wrap' }}>{v.purpose}</span> }] : []),
        ...(detail.request
          ? [
              {
                key: 'request',
                label: t('visit.request'),
                span: 2,
                children: (
                  <span className="bd-wrap">
                    <Typography.Text type="secondary">
                      {formatRocDateTime(detail.request.receivedAt).slice(0, 15)} {t(`channel.${detail.request.channel}`)}：
                    </Typography.Text>
                    {detail.request.question}
                  </span>
                ),
              },
            ]
          : []),
        ...(v.cancelReason ? [{ key: 'cancel', label: t('visit.cancelReason'), span: 2, children: v.cancelReason }] : []),
      ]}
    />
  );
};
