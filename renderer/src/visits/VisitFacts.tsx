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
    v.dayKey && v.startTime && v.endTime ? `${formatDayKeyLong(v.dayKey)} ${v.startTime}–${v.endTime}` : t('fvisit.notScheduled');
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
      data-testid="visit-facts"
      items={[
        { key: 'company', label: t('fvisit.company'), children: <span className="bd-wrap">{v.companyName}</span> },
        { key: 'ubn', label: t('fvisit.ubn'), children: <span className="bd-mono">{v.companyUbn ?? '—'}</span> },
        { key: 'when', label: t('fvisit.when'), children: <strong data-testid="visit-when">{when}</strong> },
        { key: 'inspectors', label: t('fvisit.inspectors'), children: v.inspectors.map((i) => i.name).join(sep) },
        { key: 'address', label: t('fvisit.address'), span: 2, children: <span className="bd-wrap">{v.address || '—'}</span> },
        {
          key: 'contact',
          label: t('fvisit.contact'),
          children: [v.contactName, v.contactPhone].filter(Boolean).join(' ') || '—',
        },
        { key: 'category', label: t('fvisit.category'), children: t(`category.${v.category}`) },
        { key: 'occasion', label: t('fvisit.occasion'), children: t(`occasion.${v.occasion}`) },
        { key: 'mode', label: t('fvisit.mode'), children: t(`serviceMode.${v.mode}`) },
        { key: 'unit', label: t('fvisit.unit'), children: v.unitName },
        { key: 'by', label: t('fvisit.createdBy'), children: v.createdByName },
        ...(v.purpose ? [{ key: 'purpose', label: t('fvisit.purpose'), span: 2, children: <span className="bd-wrap" style={{ whiteSpace: 'pre-wrap' }}>{v.purpose}</span> }] : []),
        ...(detail.request
          ? [
              {
                key: 'request',
                label: t('fvisit.request'),
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
        ...(v.cancelReason ? [{ key: 'cancel', label: t('fvisit.cancelReason'), span: 2, children: v.cancelReason }] : []),
      ]}
    />
  );
};
