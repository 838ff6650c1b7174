import { Button, Table, Tag, Typography } from 'antd';
import type { EscortStop } from '../../../shared/domain/escort';
import { formatHm } from '../format/time';
import { useT } from '../i18n/use-t';
import type { ReferenceNames } from './use-names';

/** The stops of a visit in the order they began; an open stop can be ended from its row. */
export const StopsTable = ({
  stops,
  names,
  onEnd,
}: {
  stops: readonly EscortStop[];
  names: ReferenceNames;
  /** Offered on the open stop while the visit is in service. */
  onEnd: ((stop: EscortStop) => void) | null;
}) => {
  const t = useT();
  const rows = [...stops].sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
  return (
    <Table<EscortStop>
      size="small"
      rowKey="id"
      dataSource={rows}
      tableLayout="fixed"
      pagination={false}
      locale={{ emptyText: t('visit.noStops') }}
      data-testid="stops-table"
      columns={[
        { key: 'no', title: t('stop.no'), width: 40, align: 'center', render: (_, _s, i) => i + 1 },
        { key: 'unit', title: t('stop.unit'), width: 96, ellipsis: true, render: (_, s) => names.unit(s.unitId) },
        { key: 'item', title: t('stop.item'), ellipsis: true, render: (_, s) => names.itemLabel(s.itemId) },
        {
          key: 'time',
          title: t('stop.time'),
          width: 104,
          render: (_, s) => `${formatHm(s.startedAt)} – ${s.endedAt ? formatHm(s.endedAt) : ''}`,
        },
        {
          key: 'outcome',
          title: t('stop.outcome'),
          width: 108,
          render: (_, s) =>
            s.endedAt === null ? (
              onEnd ? (
                <Button size="small" type="primary" onClick={() => onEnd(s)} data-testid="stop-end">
                  {t('visit.endStop')}
                </Button>
              ) : (
                <Tag color="processing">{t('stop.open')}</Tag>
              )
            ) : (
              <Tag color={s.outcome === 'done' ? 'green' : s.outcome === 'pending_documents' ? 'orange' : 'default'}>
                {s.outcome ? t(`outcome.${s.outcome}`) : ''}
              </Tag>
            ),
        },
        {
          key: 'note',
          title: t('stop.note'),
          width: 150,
          render: (_, s) => (
            <Typography.Text className="bd-wrap" style={{ fontSize: 13 }}>
              {s.note}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
};
