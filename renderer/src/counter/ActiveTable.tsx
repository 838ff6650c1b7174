import { Flex, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/use-t';
import type { BoardActive } from '../stores/counter/slice';
import { Elapsed, VisitorCell } from './board-parts';
import type { ReferenceNames } from './use-names';

const CurrentStop = ({ v, names }: { v: BoardActive; names: ReferenceNames }) => {
  const t = useT();
  if (!v.currentStop) return <Typography.Text type="secondary">{t('board.noStopYet')}</Typography.Text>;
  const item = names.item(v.currentStop.itemId);
  return (
    <Flex vertical style={{ minWidth: 0 }}>
      <span className="bd-ellipsis">
        {names.unit(v.currentStop.unitId)}{' '}
        <Tag color={v.currentStop.open ? 'processing' : 'default'} style={{ marginInlineStart: 4 }}>
          {v.currentStop.open ? t('board.currentOpen') : t('board.currentDone')}
        </Tag>
      </span>
      <Typography.Text type="secondary" className="bd-ellipsis" style={{ fontSize: 12 }}>
        {item ? `${item.code} ${item.name}` : ''}
      </Typography.Text>
    </Flex>
  );
};

/** Visits in service: escort, where they are now, how many stops, time in service (ticking). */
export const ActiveTable = ({
  rows,
  now,
  names,
  myId,
}: {
  rows: readonly BoardActive[];
  now: number;
  names: ReferenceNames;
  myId: string | null;
}) => {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Table<BoardActive>
      size="small"
      rowKey="id"
      dataSource={rows as BoardActive[]}
      tableLayout="fixed"
      pagination={false}
      locale={{ emptyText: t('board.activeEmpty') }}
      rowClassName={(v) => (myId && v.escortId === myId ? 'bd-row-mine' : '')}
      onRow={(v) => ({ onClick: () => void navigate(`/counter/visit/${v.id}`), style: { cursor: 'pointer' } })}
      data-testid="active-table"
      columns={[
        { key: 'visitor', title: t('board.col.visitor'), render: (_, v) => <VisitorCell name={v.visitorName} company={v.companyName} /> },
        {
          key: 'escort',
          title: t('board.col.escort'),
          width: 130,
          render: (_, v) => (
            <Flex vertical style={{ minWidth: 0 }}>
              <span className="bd-ellipsis" title={v.escortName ?? ''}>
                {v.escortName ?? t('board.direct')}
              </span>
              {myId && v.escortId === myId ? (
                <span>
                  <Tag color="blue">{t('board.mine')}</Tag>
                </span>
              ) : null}
            </Flex>
          ),
        },
        { key: 'current', title: t('board.col.current'), width: 170, render: (_, v) => <CurrentStop v={v} names={names} /> },
        { key: 'stops', title: t('board.col.stops'), width: 56, align: 'center', render: (_, v) => v.stopCount },
        { key: 'elapsed', title: t('board.col.elapsed'), width: 92, render: (_, v) => <Elapsed since={v.serviceStartedAt} now={now} /> },
      ]}
    />
  );
};
