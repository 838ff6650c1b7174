import { ArrowLeftOutlined, CheckCircleOutlined, ImportOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Spin, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { casesSelectors } from '../stores/cases/selectors';
import type { ImportResult } from '../stores/cases/slice';
import { ImportErrorTable } from './ImportErrorTable';
import { IMPORT_MAX_BYTES, isImportFile, readFileBase64 } from './read-file';

const COLUMNS = [
  ['caseNumber', true],
  ['companyName', true],
  ['ubn', false],
  ['contactName', false],
  ['contactPhone', false],
  ['category', false],
  ['productName', true],
  ['productModel', false],
  ['unit', true],
  ['officer', false],
  ['receivedAt', true],
] as const;

interface Picked {
  name: string;
  size: number;
  base64: string;
}
type Phase = 'idle' | 'checking' | 'checked' | 'importing' | 'done';

/**
 * 匯入案件: a CSV/XLSX export is checked first (nothing written) and every row error listed; only a
 * file without errors offers 匯入, which creates all its new cases at once. Main never imports part
 * of a file, and the screen never says it did.
 */
export const ImportPage = () => {
  const t = useT();
  const importCases = useAppStore(casesSelectors.importCases);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<Picked | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async (f: File | undefined) => {
    if (!f) return;
    setResult(null);
    setProblem(null);
    setFile(null);
    if (!isImportFile(f.name)) return setProblem(t('import.wrongType'));
    if (f.size > IMPORT_MAX_BYTES) return setProblem(t('import.tooBig', { mb: IMPORT_MAX_BYTES / 1024 / 1024 }));
    let base64: string;
    try {
      base64 = await readFileBase64(f);
    } catch (e) {
      return setProblem(t('import.unreadable', { reason: e instanceof Error ? e.message : String(e) }));
    }
    const picked = { name: f.name, size: f.size, base64 };
    setFile(picked);
    setPhase('checking');
    const r = await importCases({ fileName: f.name.slice(-200), contentBase64: base64, commit: false });
    setPhase(r.ok ? 'checked' : 'idle');
    if (r.ok) setResult(r.value);
    else setProblem(describeError(r.error, t));
  };

  const commit = async () => {
    if (!file) return;
    setPhase('importing');
    const r = await importCases({ fileName: file.name.slice(-200), contentBase64: file.base64, commit: true });
    if (!r.ok) {
      setPhase('checked');
      return setProblem(t('import.failed', { reason: describeError(r.error, t) }));
    }
    setResult(r.value);
    setPhase(r.value.committed ? 'done' : 'checked');
  };

  const hasErrors = (result?.errorCount ?? 0) > 0;
  return (
    <>
      <PageTitle
        icon={<ImportOutlined />}
        title={t('import.title')}
        extra={
          <Link to="/cases">
            <ArrowLeftOutlined /> {t('case.back')}
          </Link>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Paragraph style={{ marginBottom: 8 }}>{t('import.intro')}</Typography.Paragraph>
        <Flex gap={6} wrap align="center" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('import.columns')}
          </Typography.Text>
          {COLUMNS.map(([key, required]) => (
            <Tag key={key} color={required ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
              {required ? t('import.requiredColumn', { column: t(`importCol.${key}`) }) : t(`importCol.${key}`)}
            </Tag>
          ))}
        </Flex>
        <Flex gap={12} align="center" wrap>
          <input
            ref={input}
            type="file"
            accept=".csv,.xlsx"
            style={{ display: 'none' }}
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            }}
            data-testid="import-file"
          />
          <Button
            type={phase === 'idle' ? 'primary' : 'default'}
            icon={<UploadOutlined />}
            disabled={phase === 'checking' || phase === 'importing'}
            onClick={() => input.current?.click()}
          >
            {file ? t('import.pickAgain') : t('import.pick')}
          </Button>
          {file ? (
            <Typography.Text className="bd-ellipsis" style={{ maxWidth: 520 }} data-testid="import-file-name">
              {t('import.file', { name: file.name, size: Math.max(1, Math.round(file.size / 1024)) })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} role="alert" data-testid="import-problem" /> : null}
      {phase === 'checking' || phase === 'importing' ? (
        <Card size="small">
          <Spin /> <Typography.Text style={{ marginLeft: 8 }}>{phase === 'checking' ? t('import.checking', { name: file?.name ?? '' }) : t('import.importing')}</Typography.Text>
        </Card>
      ) : null}
      {result && (phase === 'checked' || phase === 'done') ? <ImportOutcome result={result} done={phase === 'done'} onCommit={() => void commit()} /> : null}
      {result && hasErrors && phase === 'checked' ? (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <ImportErrorTable errors={result.errors} />
        </Card>
      ) : null}
    </>
  );
};

/** The verdict of a check or an import, in words that never suggest a partial import. */
const ImportOutcome = ({ result, done, onCommit }: { result: ImportResult; done: boolean; onCommit: () => void }) => {
  const t = useT();
  const counts = t('import.counts', { rows: result.rows, toCreate: result.toCreate, unchanged: result.unchanged });
  const common = { showIcon: true, style: { marginBottom: 12 }, 'data-testid': 'import-outcome' } as const;
  if (done) {
    return (
      <Alert
        {...common}
        type="success"
        icon={<CheckCircleOutlined />}
        data-state="done"
        title={t('import.done', { created: result.created })}
        description={result.unchanged > 0 ? t('import.doneUnchanged', { unchanged: result.unchanged }) : undefined}
      />
    );
  }
  if (result.errorCount > 0) {
    return (
      <Alert
        {...common}
        type="error"
        data-state="errors"
        title={t('import.hasErrors', { count: result.errorCount })}
        description={
          <>
            {t('import.checkedRows', { rows: result.rows })}
            {result.errorCount > result.errors.length ? ` ${t('import.errorsListed', { listed: result.errors.length })}` : ''}
          </>
        }
      />
    );
  }
  if (result.toCreate === 0) return <Alert {...common} type="info" data-state="nothing" title={t('import.nothingNew')} description={counts} />;
  return (
    <Alert
      {...common}
      type="info"
      data-state="ready"
      title={t('import.ready', { count: result.toCreate })}
      description={counts}
      action={
        <Button type="primary" icon={<ImportOutlined />} onClick={onCommit} data-testid="import-commit">
          {t('import.submit', { count: result.toCreate })}
        </Button>
      }
    />
  );
};
