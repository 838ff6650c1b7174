import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Flex, Form, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { escortSheetContentSchema } from '../../../shared/mutations/escort-sheet';
import { visitSheetContentSchema } from '../../../shared/mutations/visit-sheet';
import type { EscortSheetContent } from '../../../shared/mutations/escort-sheet';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { PrintOutcomeAlert } from '../printing/PrintOutcomeAlert';
import { usePrintOutcome } from '../printing/use-print-outcome';
import { useAppStore } from '../stores/app-store';
import { printingSelectors } from '../stores/printing/selectors';
import { referenceSelectors } from '../stores/reference/selectors';
import { recordsSelectors } from '../stores/records/selectors';
import { VisitSheet } from '../visits/VisitSheet';
import { EscortSheet } from './EscortSheet';
import { RecordBanners, VerifyBanner } from './RecordBanners';
import { RecordToolbar } from './RecordToolbar';
import type { RecordAction } from './RecordToolbar';
import { ReturnModal } from './ReturnModal';
import { SignModal } from './SignModal';
import { STATUS_COLOR } from './status';

type EditValues = Pick<EscortSheetContent, 'satisfaction' | 'visitorOpinion'> & {
  stops: Pick<EscortSheetContent['stops'][number], 'outcome' | 'note'>[];
};

const editValues = (c: EscortSheetContent): EditValues => ({
  satisfaction: c.satisfaction,
  visitorOpinion: c.visitorOpinion,
  stops: c.stops.map((s) => ({ outcome: s.outcome, note: s.note })),
});

/** The edited parts merged into the sheet; names, times and units stay as recorded. */
const merged = (c: EscortSheetContent, v: EditValues): EscortSheetContent => ({
  ...c,
  satisfaction: v.satisfaction ?? null,
  visitorOpinion: (v.visitorOpinion ?? '').trim(),
  stops: c.stops.map((s, i) => ({ ...s, outcome: v.stops[i]?.outcome ?? s.outcome, note: (v.stops[i]?.note ?? s.note).trim() })),
});

/** #/signoff/records/<id>: a fresh view per record, so nothing of the last one (edits, verdicts) lingers. */
export const RecordPage = () => {
  const { recordId = '' } = useParams();
  return <RecordView key={recordId} recordId={recordId} />;
};

/** One record sheet: laid out like the form, with the actions its state and the person's role allow. */
const RecordView = ({ recordId }: { recordId: string }) => {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const loaded = useAppStore(recordsSelectors.record);
  const loadError = useAppStore(recordsSelectors.recordError);
  const verify = useAppStore(recordsSelectors.verify);
  const branch = useAppStore(referenceSelectors.branch);
  const actions = {
    load: useAppStore(recordsSelectors.loadRecord),
    update: useAppStore(recordsSelectors.updateRecord),
    submit: useAppStore(recordsSelectors.submitRecord),
    verify: useAppStore(recordsSelectors.verifyRecord),
    correct: useAppStore(recordsSelectors.correctRecord),
    savePdf: useAppStore(recordsSelectors.savePdf),
    openPdf: useAppStore(recordsSelectors.openPdf),
  };
  const canPrint = useAppStore(printingSelectors.canPrint);
  const printSheet = useAppStore(printingSelectors.printRecordSheet);
  const defaultA4 = useAppStore(printingSelectors.defaultA4Printer);
  const loadProfiles = useAppStore(printingSelectors.loadProfiles);
  const printing = usePrintOutcome();
  const [form] = Form.useForm<EditValues>();
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<'sign' | 'return' | null>(null);
  const [busy, setBusy] = useState<RecordAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ path: string; bytes: number } | null>(null);
  const { load } = actions;

  useEffect(() => {
    void load(recordId);
  }, [recordId, load]);
  useEffect(() => {
    if (canPrint) void loadProfiles();
  }, [canPrint, loadProfiles]);

  const detail = loaded?.record.id === recordId ? loaded : null;
  const parsed = detail ? escortSheetContentSchema.safeParse(detail.record.content) : null;
  const content = parsed?.success ? parsed.data : null;
  // 附件1 (a factory visit's record) shows as its own form; it is edited on the visit's page.
  const visitParsed = detail?.record.kind === 'visit' ? visitSheetContentSchema.safeParse(detail.record.content) : null;
  const visitContent = visitParsed?.success ? visitParsed.data : null;
  const title = visitContent
    ? t('vr.titleOf', { company: visitContent.companyName })
    : content
      ? t('record.titleOf', { name: content.visitorName })
      : t('sheet.title');

  const run = async (a: RecordAction) => {
    if (!detail || !(content || visitContent)) return;
    const id = detail.record.id;
    setError(null);
    if (a === 'edit' && visitContent) {
      void navigate(`/visits/visit/${detail.record.subjectId}/record`);
      return;
    }
    if (a === 'edit' && content) {
      form.setFieldsValue(editValues(content));
      setEditing(true);
      return;
    }
    if (a === 'cancelEdit') return setEditing(false);
    if (a === 'sign' || a === 'return') return setDialog(a);
    if (a === 'print') {
      void printing.run(defaultA4?.name ?? t('printers.defaultA4'), () => printSheet(id));
      return;
    }
    setBusy(a);
    try {
      if (a === 'save') {
        const v = await form.validateFields().catch(() => null);
        if (!v || !content) return;
        const r = await actions.update(id, merged(content, v));
        if (!r.ok) return setError(describeError(r.error, t));
        setEditing(false);
        void message.success(t('common.saved'));
      } else if (a === 'submit') {
        const r = await actions.submit(id);
        if (!r.ok) return setError(describeError(r.error, t));
        void message.success(t('record.submitted'));
      } else if (a === 'verify') {
        const r = await actions.verify(id);
        if (!r.ok) setError(describeError(r.error, t));
      } else if (a === 'openPdf') {
        const r = await actions.openPdf(id);
        if (!r.ok) return setError(describeError(r.error, t));
        void message.success(t('record.pdfOpened'));
      } else if (a === 'savePdf') {
        const r = await actions.savePdf(id);
        if (!r.ok) return setError(describeError(r.error, t));
        setSaved(r.value);
      } else if (a === 'correct') {
        const r = await actions.correct(id);
        if (!r.ok) return setError(describeError(r.error, t));
        void message.success(t('record.corrected'));
        void navigate(`/signoff/records/${r.value.recordId}`);
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical style={{ maxWidth: 980 }}>
      {!detail && loadError ? <Alert type="error" showIcon title={describeError(loadError, t)} /> : null}
      {!detail && !loadError ? <Spin /> : null}
      {detail ? (
        <>
          <Flex justify="space-between" align="flex-start" gap={12} style={{ marginBottom: 12 }} wrap>
            <Flex align="center" gap={8} style={{ minWidth: 0, flex: '1 1 280px' }}>
              <Link to="/signoff" aria-label={t('record.back')} title={t('record.back')} data-testid="record-back">
                <ArrowLeftOutlined style={{ fontSize: 16 }} />
              </Link>
              <Typography.Title level={4} style={{ margin: 0 }} className="bd-ellipsis" data-testid="record-heading">
                {title}
              </Typography.Title>
              <Tag color={STATUS_COLOR[detail.record.status]} data-testid="record-status">
                {t(`recordStatus.${detail.record.status}`)}
              </Tag>
            </Flex>
            <RecordToolbar
              detail={detail}
              editing={editing}
              busy={printing.outcome.sendingTo !== null ? 'print' : busy}
              canPrint={canPrint}
              onAction={(a) => void run(a)}
            />
          </Flex>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" /> : null}
          <PrintOutcomeAlert outcome={printing.outcome} run={printing.run} onClose={printing.clear} />
          <RecordBanners detail={detail} />
          <VerifyBanner verify={verify} />
          {saved ? (
            <Alert
              type="info"
              showIcon
              closable={{ onClose: () => setSaved(null) }}
              style={{ marginBottom: 12 }}
              title={t('record.pdfSaved', { size: Math.max(1, Math.round(saved.bytes / 1024)) })}
              description={
                <Typography.Text copyable className="bd-mono bd-wrap" data-testid="record-pdf-path">
                  {saved.path}
                </Typography.Text>
              }
            />
          ) : null}
          {visitContent ? (
            <VisitSheet
              content={visitContent}
              editing={false}
              branchName={branch?.name ?? ''}
              missing={new Set()}
              signOff={{
                authorName: detail.authorName,
                submittedAt: detail.record.submittedAt,
                signerName: detail.signerName,
                deputyOfName: detail.deputyOfName,
                signedAt: detail.record.status === 'signed' ? detail.record.signedAt : null,
              }}
            />
          ) : content ? (
            <Form<EditValues> form={form} component={false}>
              <EscortSheet content={content} detail={detail} branchName={branch?.name ?? ''} editing={editing} />
            </Form>
          ) : (
            <Alert type="warning" showIcon title={t('record.contentUnreadable')} />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
            {t('record.author', { name: detail.authorName })}
          </Typography.Text>
        </>
      ) : null}
      {detail && dialog === 'sign' ? <SignModal recordId={detail.record.id} title={title} onClose={() => setDialog(null)} /> : null}
      {detail && dialog === 'return' ? <ReturnModal recordId={detail.record.id} onClose={() => setDialog(null)} /> : null}
    </Flex>
  );
};
