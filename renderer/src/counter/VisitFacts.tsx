import { Descriptions, Flex, Tag, Typography } from 'antd';
import { formatHm } from '../format/time';
import { useT } from '../i18n/use-t';
import type { VisitDetail } from '../stores/counter/slice';
import { ModeTag } from './board-parts';
import type { ReferenceNames } from './use-names';

const Text = ({ children }: { children: string }) => (
  <span className="bd-wrap" style={{ display: 'block' }}>
    {children}
  </span>
);

/** Who came, for what, who escorts them and when: the top of the visit detail. */
export const VisitFacts = ({ detail, names }: { detail: VisitDetail; names: ReferenceNames }) => {
  const t = useT();
  const { visit, visitor, company } = detail;
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
      data-testid="visit-facts"
      items={[
        { key: 'visitor', label: t('visit.visitor'), children: <Text>{visitor.name}</Text> },
        { key: 'phone', label: t('visit.phone'), children: <span>{visitor.phone}</span> },
        { key: 'company', label: t('visit.company'), children: <Text>{company?.name ?? t('common.none')}</Text> },
        { key: 'ubn', label: t('visit.ubn'), children: <span>{company?.ubn ?? '—'}</span> },
        {
          key: 'items',
          label: t('visit.items'),
          span: 2,
          children: (
            <Flex vertical gap={2}>
              {visit.itemIds.map((id) => {
                const item = names.item(id);
                return (
                  <span key={id}>
                    <span className="bd-mono">{item?.code ?? ''}</span> {item?.name ?? id}
                    <Typography.Text type="secondary"> · {names.unit(item?.unitId ?? '')}</Typography.Text>
                  </span>
                );
              })}
            </Flex>
          ),
        },
        {
          key: 'receiving',
          label: t('visit.receiving'),
          children: (
            <Flex gap={6} align="center" wrap>
              {names.unit(visit.receivingUnitId)}
              <ModeTag mode={visit.mode} />
              {visit.escortRequested && visit.unitIds.length < 2 ? <Tag>{t('visit.escortRequested')}</Tag> : null}
            </Flex>
          ),
        },
        {
          key: 'escort',
          label: t('visit.escort'),
          children:
            visit.mode === 'escort' ? (
              <Text>{detail.escortName ?? t('visit.noEscortYet')}</Text>
            ) : (
              <Typography.Text type="secondary">{t('board.direct')}</Typography.Text>
            ),
        },
        { key: 'arrived', label: t('visit.arrived'), children: formatHm(visit.arrivedAt) },
        {
          key: 'service',
          label: t('visit.period'),
          children: `${formatHm(visit.serviceStartedAt)} – ${visit.finishedAt ? formatHm(visit.finishedAt) : ''}`,
        },
      ]}
    />
  );
};
