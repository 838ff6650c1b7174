import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { PageTitle } from '../components/PageTitle';
import { formatHm } from '../format/time';
import { useNow } from '../hooks/use-now';
import { usePolling } from '../hooks/use-polling';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { AreaIcon } from '../shell/area-icons';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import type { BoardWaiting } from '../stores/counter/slice';
import { sessionSelectors } from '../stores/session/selectors';
import { ActiveTable } from './ActiveTable';
import { BoardFigures } from './BoardFigures';
import { EscortAssignModal } from './EscortAssignModal';
import { IntakePanel } from './IntakePanel';
import type { IntakePanelHandle } from './IntakePanel';
import { useReferenceNames } from './use-names';
import { VisitDrawer } from './VisitDrawer';
import { WaitingTable } from './WaitingTable';

/** How often the board is read again: it follows what escorts and other counters do. */
export const BOARD_POLL_MS = 4000;

interface AssignTarget {
  visitId: string;
  name: string;
  receivingUnitId: string | null;
}

/**
 * 櫃台服務: the counter board (waiting, in service, today's figures) with the intake panel beside
 * it for counter staff. The board re-reads itself every few seconds and after every action;
 * elapsed times tick each second. A visit's detail opens in a drawer at #/counter/visit/<id>.
 */
export const CounterPage = () => {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { visitId } = useParams();
  const names = useReferenceNames();
  const now = useNow(1000);
  const board = useAppStore(counterSelectors.board);
  const boardError = useAppStore(counterSelectors.boardError);
  const readAt = useAppStore(counterSelectors.boardReadAt);
  const waiting = useAppStore(counterSelectors.waiting);
  const active = useAppStore(counterSelectors.active);
  const mine = useAppStore(useShallow(counterSelectors.myActive));
  const isCounter = useAppStore(counterSelectors.isCounter);
  const myId = useAppStore(sessionSelectors.session)?.staffId ?? null;
  const loadBoard = useAppStore(counterSelectors.loadBoard);
  const startDirect = useAppStore(counterSelectors.startDirect);
  const [assign, setAssign] = useState<AssignTarget | null>(null);
  const intakeRef = useRef<IntakePanelHandle>(null);

  usePolling(() => void loadBoard(), BOARD_POLL_MS);

  const start = async (v: BoardWaiting) => {
    const r = await startDirect(v.id);
    if (!r.ok) void message.error(describeError(r.error, t), 8);
    else void navigate(`/counter/visit/${v.id}`);
  };

  return (
    <>
      <PageTitle
        icon={<AreaIcon area="counter" />}
        title={t('area.counter')}
        extra={
          <Flex align="center" gap={8}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="board-updated">
              {readAt ? t('board.updatedAt', { time: formatHm(new Date(readAt).toISOString()) }) : t('common.loading')}
            </Typography.Text>
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void loadBoard()} aria-label={t('common.refresh')} />
          </Flex>
        }
      />
      {boardError ? (
        <Alert type="warning" showIcon title={t('board.stale', { reason: describeError(boardError, t) })} style={{ marginBottom: 10 }} />
      ) : null}
      {mine.map((v) => (
        <Alert
          key={v.id}
          type="info"
          showIcon
          style={{ marginBottom: 10 }}
          title={<span className="bd-wrap">{t('board.myVisit', { name: v.visitorName })}</span>}
          action={
            <Button size="small" type="primary" onClick={() => void navigate(`/counter/visit/${v.id}`)} data-testid="my-visit-open">
              {t('board.openMine')}
            </Button>
          }
          data-testid="my-visit"
        />
      ))}
      <BoardFigures figures={board?.figures ?? null} />
      <Flex gap={12} align="flex-start" style={{ marginTop: 12 }}>
        {isCounter ? (
          <div style={{ width: 380, flex: 'none' }}>
            <IntakePanel
              ref={intakeRef}
              onEscortNeeded={(id, name, receivingUnitId) => setAssign({ visitId: id, name, receivingUnitId })}
            />
          </div>
        ) : null}
        <Flex vertical gap={12} style={{ flex: 1, minWidth: 0 }}>
          <Card size="small" title={t('board.waiting', { count: waiting.length })} styles={{ body: { padding: 0 } }}>
            <WaitingTable
              rows={waiting}
              now={now}
              names={names}
              isCounter={isCounter}
              onAssign={(v) => setAssign({ visitId: v.id, name: v.visitorName, receivingUnitId: v.receivingUnitId })}
              onStartDirect={(v) => void start(v)}
            />
          </Card>
          <Card size="small" title={t('board.active', { count: active.length })} styles={{ body: { padding: 0 } }}>
            <ActiveTable rows={active} now={now} names={names} myId={myId} />
          </Card>
        </Flex>
      </Flex>
      {visitId ? <VisitDrawer visitId={visitId} names={names} onClose={() => void navigate('/counter')} /> : null}
      {assign ? (
        <EscortAssignModal
          visitId={assign.visitId}
          visitorName={assign.name}
          receivingUnitName={assign.receivingUnitId ? names.unit(assign.receivingUnitId) : null}
          onClose={() => {
            setAssign(null);
            // After the dialog has gone (it would take the focus back while it is still there).
            window.setTimeout(() => intakeRef.current?.focusName(), 0);
          }}
        />
      ) : null}
    </>
  );
};
