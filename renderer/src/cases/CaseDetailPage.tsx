import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useReferenceNames } from '../counter/use-names';
import type { ScanArrival } from '../hooks/use-case-scanner';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { PrintLabelButton } from '../printing/PrintLabelButton';
import { PrintOutcomeAlert } from '../printing/PrintOutcomeAlert';
import { usePrintOutcome } from '../printing/use-print-outcome';
import { useAppStore } from '../stores/app-store';
import { casesSelectors } from '../stores/cases/selectors';
import { printingSelectors } from '../stores/printing/selectors';
import type { PrinterProfile } from '../stores/printing/slice';
import { referenceSelectors } from '../stores/reference/selectors';
import { CaseEditModal } from './CaseEditModal';
import { CaseFacts } from './CaseFacts';
import { CaseLabelCard } from './CaseLabelCard';
import { CaseStatusTag } from './CaseStatusTag';
import { CaseTimeline } from './CaseTimeline';
import { MilestoneModal } from './MilestoneModal';

/** #/cases/<id>: a fresh view per case, so nothing of the last one (print results, dialogs) lingers. */
export const CaseDetailPage = () => {
  const { caseId = '' } = useParams();
  return <CaseView key={caseId} caseId={caseId} />;
};

const isArrival = (v: unknown): v is ScanArrival => typeof v === 'object' && v !== null && 'scannedRevoked' in v;

/** One case: its details, progress timeline, and its QR label (print, reissue). */
const CaseView = ({ caseId }: { caseId: string }) => {
  const t = useT();
  const { message } = App.useApp();
  const location = useLocation();
  const arrival = isArrival(location.state) ? location.state : null;
  const names = useReferenceNames();
  const detail = useAppStore(casesSelectors.detailOf(caseId));
  const error = useAppStore(casesSelectors.detailError);
  const closed = useAppStore(casesSelectors.closed);
  const loadCase = useAppStore(casesSelectors.loadCase);
  const reissueToken = useAppStore(casesSelectors.reissueToken);
  const staff = useAppStore(referenceSelectors.staff);
  const loadStaff = useAppStore(referenceSelectors.loadStaff);
  const printLabel = useAppStore(printingSelectors.printLabel);
  const defaultPrinter = useAppStore(printingSelectors.defaultLabelPrinter);
  const { outcome, run, clear } = usePrintOutcome();
  const [dialog, setDialog] = useState<'milestone' | 'edit' | null>(null);
  const busy = outcome.sendingTo !== null;

  useEffect(() => {
    void loadCase(caseId);
    void loadStaff();
  }, [caseId, loadCase, loadStaff]);

  const staffName = (id: string) => staff.find((s) => s.id === id)?.name ?? '—';

  const print = async (profile: PrinterProfile | null) => {
    const printer = profile ?? defaultPrinter;
    await run(printer?.name ?? t('printers.defaultLabel'), () => printLabel(caseId, profile?.id));
    // Printing a case with no valid label issues one first.
    void loadCase(caseId);
  };

  const reissue = async () => {
    clear();
    const r = await reissueToken(caseId);
    if (!r.ok) {
      void message.error(describeError(r.error, t), 8);
      return;
    }
    void message.success(t('case.reissued'));
    await print(null);
  };

  if (!detail) {
    return error ? <Alert type="error" showIcon title={describeError(error, t)} /> : <Spin />;
  }
  const s = detail.summary;
  return (
    <Flex vertical style={{ maxWidth: 1180 }}>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={10} style={{ minWidth: 0, flex: '1 1 360px' }}>
          <Link to="/cases" aria-label={t('case.back')} title={t('case.back')} data-testid="case-back">
            <ArrowLeftOutlined style={{ fontSize: 16 }} />
          </Link>
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }} data-testid="case-heading">
            {s.caseNumber}
          </Typography.Title>
          <CaseStatusTag status={s.status} />
          <Typography.Text type="secondary" className="bd-ellipsis" style={{ minWidth: 0, fontSize: 15 }} title={s.companyName}>
            {s.companyName}
          </Typography.Text>
        </Flex>
        <PrintLabelButton busy={busy} onPrint={(p) => void print(p)} />
      </Flex>
      {arrival?.scannedRevoked ? (
        <Alert type="warning" showIcon title={t('case.scannedRevoked')} style={{ marginBottom: 12 }} data-testid="case-scanned-revoked" />
      ) : null}
      <PrintOutcomeAlert outcome={outcome} run={run} onClose={clear} />
      <Flex gap={12} align="flex-start">
        <Flex vertical gap={12} style={{ flex: 1, minWidth: 0 }}>
          <Card
            size="small"
            title={t('case.details')}
            extra={
              <Button size="small" icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="case-edit">
                {t('case.edit')}
              </Button>
            }
          >
            <CaseFacts detail={detail} unitName={names.unit(s.unitId)} />
          </Card>
          <CaseLabelCard detail={detail} busy={busy} onReissue={() => void reissue()} />
        </Flex>
        <Card
          size="small"
          title={t('case.progress')}
          style={{ width: 360, flex: 'none' }}
          extra={
            <Button
              size="small"
              type="primary"
              ghost
              icon={<PlusOutlined />}
              disabled={closed}
              onClick={() => setDialog('milestone')}
              data-testid="case-add-milestone"
            >
              {t('case.addMilestone')}
            </Button>
          }
        >
          <CaseTimeline milestones={detail.milestones} staffName={staffName} />
          {closed ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('case.closedHint')}
            </Typography.Text>
          ) : null}
        </Card>
      </Flex>
      {dialog === 'milestone' ? (
        <MilestoneModal caseId={s.id} caseNumber={s.caseNumber} status={s.status} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'edit' ? <CaseEditModal detail={detail} onClose={() => setDialog(null)} /> : null}
    </Flex>
  );
};
