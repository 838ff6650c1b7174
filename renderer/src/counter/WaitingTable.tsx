import { Button, Table } from 'antd';
import { useNavigate } from 'react-router';
import { formatHm } from '../format/time';
import { useT } from '../i18n/use-t';
import type { BoardWaiting } from '../stores/counter/slice';
import { Elapsed, ModeTag, UnitsCell, VisitorCell } from './board-parts';
import type { ReferenceNames } from './use-names';

/** Visitors waiting for an escort or for their unit, oldest first; waited time ticks. */
export const WaitingTable = ({
  rows,
  now,
  names,
  isCounter,
  onAssign,
  onStartDirect,
}: {
  rows: readonly BoardWaiting[];
  now: number;
  names: ReferenceNames;
  isCounter: boolean;
  onAssign: (v: BoardWaiting) => void;
  onStartDirect: (v: BoardWaiting) => void;
}) => {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Table<BoardWaiting>
      size="small"
      rowKey="id"
      dataSource={rows as BoardWaiting[]}
      tableLayout="fixed"
      pagination={false}
      locale={{ emptyText: t('board.waitingEmpty') }}
      onRow={(v) => ({ onClick: () => void navigate(`/counter/visit/${v.id}`), style: { cursor: 'pointer' } })}
      data-testid="waiting-table"
      columns={[
        { key: 'arrived', title: t('board.col.arrived'), width: 76, render: (_, v) => formatHm(v.arrivedAt) },
        { key: 'visitor', title: t('board.col.visitor'), render: (_, v) => <VisitorCell name={v.visitorName} company={v.companyName} /> },
        { key: 'units', title: t('board.col.units'), width: 150, render: (_, v) => <UnitsCell unitIds={v.unitIds} names={names} /> },
        { key: 'mode', title: t('board.col.mode'), width: 92, render: (_, v) => <ModeTag mode={v.mode} /> },
        { key: 'waited', title: t('board.col.waited'), width: 84, render: (_, v) => <Elapsed since={v.arrivedAt} now={now} /> },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 96,
          render: (_, v) =>
            v.mode === 'escort' ? (
              isCounter ? (
                <Button
                  size="small"
                  type="primary"
                  ghost
                  onClick={(e) => {
                    e.stopPropagation();
                    onAssign(v);
                  }}
                  data-testid="waiting-assign"
                >
                  {t('board.assign')}
                </Button>
              ) : null
            ) : (
              <Button
                size="small"
                onClick={(e) => {
                  e.stopPropagation();
                  onStartDirect(v);
                }}
                data-testid="waiting-start"
              >
                {t('board.startDirect')}
              </Button>
            ),
        },
      ]}
    />
  );
};
