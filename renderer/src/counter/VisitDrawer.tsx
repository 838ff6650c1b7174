import { Alert, App, Button, Drawer, Flex, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { EscortStop } from '../../../shared/domain/escort';
import { formatHm } from '../format/time';
import { usePolling } from '../hooks/use-polling';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import type { VisitDetail } from '../stores/counter/slice';
import { CancelVisitModal } from './CancelVisitModal';
import { EscortAssignModal } from './EscortAssignModal';
import { EscortReassignModal } from './EscortReassignModal';
import { FinishModal } from './FinishModal';
import { satisfactionKey } from './labels';
import { StopEndModal } from './StopEndModal';
import { StopStartModal } from './StopStartModal';
import { StopsTable } from './StopsTable';
import type { ReferenceNames } from './use-names';
import { VisitFacts } from './VisitFacts';

type Dialog = 'assign' | 'reassign' | 'startStop' | 'finish' | 'cancel' | { end: EscortStop } | null;
const STATUS_COLOR = { waiting: 'gold', in_service: 'processing', finished: 'green', cancelled: 'default' } as const;

const Section = ({ title, extra }: { title: string; extra?: ReactNode }) => (
  <Flex justify="space-between" align="center" style={{ margin: '16px 0 8px' }}>
    <Typography.Text strong>{title}</Typography.Text>
    {extra ? <Flex gap={8}>{extra}</Flex> : null}
  </Flex>
);

/** The visit detail, over the board: facts, stops, and the actions its state allows. */
export const VisitDrawer = ({ visitId, names, onClose }: { visitId: string; names: ReferenceNames; onClose: () => void }) => {
  const t = useT();
  const { message } = App.useApp();
  const detail = useAppStore(counterSelectors.visit);
  const error = useAppStore(counterSelectors.visitError);
  const loadVisit = useAppStore(counterSelectors.loadVisit);
  const closeVisit = useAppStore(counterSelectors.closeVisit);
  const startDirect = useAppStore(counterSelectors.startDirect);
  const isCounter = useAppStore(counterSelectors.isCounter);
  const [dialog, setDialog] = useState<Dialog>(null);
  const shown: VisitDetail | null = detail?.visit.id === visitId ? detail : null;

  usePolling(() => void loadVisit(visitId), 5000);
  useEffect(() => () => closeVisit(), [closeVisit]);

  const start = async () => {
    const r = await startDirect(visitId);
    if (!r.ok) void message.error(describeError(r.error, t), 8);
  };

  const v = shown?.visit;
  const openStop = shown?.stops.find((s) => s.endedAt === null) ?? null;
  const inService = v?.status === 'in_service';
  const waiting = v?.status === 'waiting';

  const stopActions = inService ? (
    <>
      {openStop ? null : (
        <Button onClick={() => setDialog('startStop')} data-testid="stop-start">
          {t('visit.startStop')}
        </Button>
      )}
    </>
  ) : null;

  return (
    <Drawer
      open
      size={820}
      onClose={onClose}
      destroyOnHidden
      title={
        shown ? (
          <Flex gap={8} align="center" style={{ minWidth: 0 }}>
            <span className="bd-ellipsis" style={{ maxWidth: 420 }} data-testid="visit-title">
              {shown.visitor.name}
            </span>
            <Tag color={STATUS_COLOR[shown.visit.status]} data-testid="visit-status">
              {t(`visitStatus.${shown.visit.status}`)}
            </Tag>
          </Flex>
        ) : (
          t('visit.loading')
        )
      }
      footer={
        shown ? (
          <Flex gap={8} wrap justify="flex-end">
            {isCounter && (waiting || inService) ? (
              <Button danger onClick={() => setDialog('cancel')} style={{ marginRight: 'auto' }}>
                {t('visit.cancel')}
              </Button>
            ) : null}
            {waiting && v?.mode === 'escort' && isCounter ? (
              <Button type="primary" onClick={() => setDialog('assign')}>
                {t('visit.assign')}
              </Button>
            ) : null}
            {waiting && v?.mode === 'direct' ? (
              <Button type="primary" onClick={() => void start()} data-testid="visit-start-direct">
                {t('visit.startDirect')}
              </Button>
            ) : null}
            {inService && v?.mode === 'escort' && isCounter ? (
              <Button onClick={() => setDialog('reassign')}>{t('visit.reassign')}</Button>
            ) : null}
            {inService ? (
              <Button type="primary" onClick={() => setDialog('finish')} data-testid="visit-finish">
                {t('visit.finish')}
              </Button>
            ) : null}
          </Flex>
        ) : null
      }
      data-testid="visit-drawer"
    >
      {error && !shown ? <Alert type="error" showIcon title={describeError(error, t)} /> : null}
      {!shown && !error ? <Spin /> : null}
      {shown ? (
        <>
          <VisitFacts detail={shown} names={names} />
          <Section title={t('visit.stops')} extra={stopActions} />
          <StopsTable stops={shown.stops} names={names} onEnd={inService ? (s) => setDialog({ end: s }) : null} />
          {shown.reassignments.length > 0 ? (
            <>
              <Section title={t('visit.reassignments')} />
              <Flex vertical gap={4}>
                {shown.reassignments.map((x) => (
                  <Typography.Text key={x.id} className="bd-wrap" style={{ fontSize: 13 }} data-testid="reassignment">
                    {t('visit.reassignment', {
                      time: formatHm(x.at),
                      from: x.fromName,
                      to: x.toName,
                      reason: x.reason,
                    })}
                  </Typography.Text>
                ))}
              </Flex>
            </>
          ) : null}
          {v && (v.status === 'finished' || v.status === 'cancelled') ? (
            <>
              <Section title={t(v.status === 'finished' ? 'visit.closing' : 'visit.cancelReason')} />
              {v.status === 'finished' ? (
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  {t('visit.satisfaction')}：{t(satisfactionKey(v.satisfaction))}
                </Typography.Paragraph>
              ) : null}
              <Typography.Paragraph className="bd-wrap">{v.remarks || t('common.none')}</Typography.Paragraph>
              {shown.record ? (
                <Link to={`/signoff/records/${shown.record.id}`} data-testid="visit-record-link">
                  {t('visit.openRecord', { status: t(`recordStatus.${shown.record.status}`) })}
                </Link>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
      {shown && dialog === 'assign' ? (
        <EscortAssignModal
          visitId={visitId}
          visitorName={shown.visitor.name}
          receivingUnitName={names.unit(shown.visit.receivingUnitId)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {shown && dialog === 'reassign' ? <EscortReassignModal detail={shown} onClose={() => setDialog(null)} /> : null}
      {shown && dialog === 'startStop' ? <StopStartModal detail={shown} onClose={() => setDialog(null)} /> : null}
      {shown && dialog !== null && typeof dialog === 'object' ? (
        <StopEndModal stop={dialog.end} names={names} onClose={() => setDialog(null)} />
      ) : null}
      {shown && dialog === 'finish' ? <FinishModal detail={shown} onClose={() => setDialog(null)} /> : null}
      {shown && dialog === 'cancel' ? <CancelVisitModal detail={shown} onClose={() => setDialog(null)} /> : null}
    </Drawer>
  );
};
