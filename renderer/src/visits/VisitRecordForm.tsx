import { CheckCircleOutlined, CloudUploadOutlined, LoadingOutlined, SendOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Popconfirm, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { missingVisitSheetFields } from '../../../shared/mutations/visit-sheet';
import type { VisitSheetContent } from '../../../shared/mutations/visit-sheet';
import { formatHm } from '../format/time';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { visitsSelectors } from '../stores/visits/selectors';
import type { VisitRecordView } from '../stores/visits/slice';
import { browserStorage, clearBackup, readBackup, sameContent } from './record-backup';
import { useAutosave } from './use-autosave';
import type { SaveState } from './use-autosave';
import { describeVisitError, sheetFieldLabels } from './visit-errors';
import { sheetContent, sheetValues, VisitSheet } from './VisitSheet';
import type { SheetValues } from './VisitSheet';

const SaveStatus = ({ state }: { state: SaveState }) => {
  const t = useT();
  const at = (ms: number) => formatHm(new Date(ms).toISOString());
  switch (state.kind) {
    case 'idle':
      return null;
    case 'dirty':
      return <Typography.Text type="secondary">{t('vr.unsaved')}</Typography.Text>;
    case 'saving':
      return (
        <Typography.Text type="secondary">
          <LoadingOutlined /> {t('vr.saving')}
        </Typography.Text>
      );
    case 'saved':
      return (
        <Typography.Text type="success" data-testid="record-saved">
          <CheckCircleOutlined /> {t('vr.savedAt', { time: at(state.at) })}
        </Typography.Text>
      );
    case 'failed':
      return null;
  }
};

/**
 * 附件1 on the visit page: filled on the laptop with or without a network, saved as it is typed
 * (nothing lost: see useAutosave), then submitted for the chief's sign-off. Once submitted or signed it
 * shows read-only, with a link to the sheet in 紀錄陳核.
 */
export const VisitRecordForm = ({ visitId }: { visitId: string }) => {
  const t = useT();
  const load = useAppStore(visitsSelectors.loadRecord);
  const view = useAppStore(visitsSelectors.visitRecord);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void load(visitId).then((r) => {
      if (!r.ok) setError(describeError(r.error, t));
    });
    // Reloads when the visit changes only; the translator is not a reason to read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visitId, load]);
  const mine = view?.visitId === visitId ? view : null;
  if (!mine) return error ? <Alert type="error" showIcon title={error} /> : <Spin />;
  // A fresh editor when the sheet becomes (un)editable (submitted, returned), never while typing.
  return <RecordEditor key={`${visitId}:${String(mine.can.edit)}`} visitId={visitId} view={mine} />;
};

const RecordEditor = ({ visitId, view }: { visitId: string; view: VisitRecordView }) => {
  const t = useT();
  const { message } = App.useApp();
  const branch = useAppStore(referenceSelectors.branch);
  const save = useAppStore(visitsSelectors.saveRecord);
  const submit = useAppStore(visitsSelectors.submitRecord);
  const storage = useMemo(() => browserStorage(), []);
  const [form] = Form.useForm<SheetValues>();
  // The sheet as loaded: the fields the form does not edit (unit, inspectors, business) come from it.
  const [base] = useState<VisitSheetContent>(view.content);
  // A copy typed here but never saved (the app closed, a save failed) comes back, and is saved. Once, on opening.
  const [restored] = useState(() => {
    if (!view.can.edit) return null;
    const backup = readBackup(storage, visitId);
    if (backup && !sameContent(backup.content, base)) return backup;
    if (backup) clearBackup(storage, visitId);
    return null;
  });
  const [content, setContent] = useState<VisitSheetContent>(restored?.content ?? view.content);
  const [showMissing, setShowMissing] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [restoredAt, setRestoredAt] = useState<number | null>(restored?.at ?? null);
  const [busy, setBusy] = useState(false);
  const autosave = useAutosave({ visitId, storage, save: (c) => save(visitId, c) });
  const editable = view.can.edit;
  const { change } = autosave;

  useEffect(() => {
    if (restored) change(restored.content);
  }, [restored, change]);

  const missing = useMemo(() => new Set(missingVisitSheetFields(content)), [content]);

  const onSubmit = async () => {
    setBusy(true);
    setSubmitError(null);
    try {
      if (!(await autosave.flush())) return;
      const r = await submit(visitId);
      if (r.ok) {
        void message.success(t('vr.submitted'));
        return;
      }
      setShowMissing(true);
      setSubmitError(describeVisitError(r.error, t));
    } finally {
      setBusy(false);
    }
  };

  const state = autosave.state;
  const status = view.status;
  return (
    <Flex vertical gap={10} data-testid="visit-record">
      {view.returnReason && status === 'returned' ? (
        <Alert type="error" showIcon title={t('vr.returned', { reason: view.returnReason })} data-testid="visit-record-returned" />
      ) : null}
      {!editable && status ? (
        <Alert
          type={status === 'signed' ? 'success' : 'info'}
          showIcon
          title={t('vr.locked', { status: t(`recordStatus.${status}`) })}
          action={
            view.recordId ? (
              <Link to={`/signoff/records/${view.recordId}`} data-testid="visit-record-open-signoff">
                {t('vr.openSignoff')}
              </Link>
            ) : null
          }
        />
      ) : null}
      {restoredAt ? (
        <Alert type="info" showIcon closable={{ onClose: () => setRestoredAt(null) }} title={t('vr.restored', { time: formatHm(new Date(restoredAt).toISOString()) })} />
      ) : null}
      {state.kind === 'failed' ? (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          title={t('vr.saveFailed', { reason: describeVisitError(state.error, t) })}
          action={
            <Button size="small" icon={<CloudUploadOutlined />} onClick={() => void autosave.flush()}>
              {t('common.retry')}
            </Button>
          }
          data-testid="visit-record-save-failed"
        />
      ) : null}
      {submitError ? <Alert type="error" showIcon title={submitError} role="alert" data-testid="visit-record-error" /> : null}
      {editable ? (
        <Flex
          align="center"
          gap={12}
          wrap
          // Stays in view while the sheet is filled: what is missing, whether it is saved, and 送陳核.
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 5,
            background: '#fff',
            border: '1px solid #e3e7ec',
            borderRadius: 4,
            padding: '8px 12px',
            // The page colour above it hides the sheet scrolling through the content's top padding.
            boxShadow: '0 -16px 0 #f3f5f8, 0 2px 6px rgba(20, 40, 60, 0.08)',
          }}
        >
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: '1 1 240px' }}>
            {missing.size > 0 ? (
              <span data-testid="visit-record-missing">{t('vr.missing', { fields: sheetFieldLabels([...missing], t) })}</span>
            ) : (
              t('vr.offlineNote')
            )}
          </Typography.Text>
          <SaveStatus state={state} />
          <Popconfirm title={t('vr.submitConfirm')} okText={t('vr.submit')} cancelText={t('common.cancel')} onConfirm={() => void onSubmit()}>
            <Button type="primary" icon={<SendOutlined />} loading={busy} data-testid="visit-record-submit">
              {t('vr.submit')}
            </Button>
          </Popconfirm>
        </Flex>
      ) : null}
      <Form<SheetValues>
        form={form}
        component={false}
        initialValues={sheetValues(restored?.content ?? base)}
        onValuesChange={(_changed, all) => {
          const next = sheetContent(base, all);
          setContent(next);
          change(next);
        }}
      >
        <VisitSheet content={content} editing={editable} branchName={branch?.name ?? ''} missing={showMissing ? missing : new Set()} />
      </Form>
    </Flex>
  );
};
