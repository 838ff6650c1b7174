import { ImportOutlined, PlusOutlined, PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Segmented, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { AreaIcon } from '../shell/area-icons';
import { useAppStore } from '../stores/app-store';
import { casesSelectors } from '../stores/cases/selectors';
import { SEARCH_LIMIT, SEARCH_MIN_CHARS } from '../stores/cases/slice';
import type { CaseSearchKind } from '../stores/cases/slice';
import { CaseFormModal } from './CaseFormModal';
import { CaseTable } from './CaseTable';

const KINDS: readonly CaseSearchKind[] = ['auto', 'number', 'company', 'ubn', 'product'];
/** Searching as the clerk types, this long after the last key. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * 案件與標籤: one search box (focused on arrival) over case numbers, companies, 統一編號 and
 * products; the recent cases while nothing is searched. A scanned label opens its case from anywhere.
 */
export const CasesPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const query = useAppStore(casesSelectors.query);
  const kind = useAppStore(casesSelectors.kind);
  const results = useAppStore(casesSelectors.results);
  const searching = useAppStore(casesSelectors.searching);
  const searchError = useAppStore(casesSelectors.searchError);
  const recent = useAppStore(casesSelectors.recent);
  const recentLoaded = useAppStore(casesSelectors.recentLoaded);
  const setSearch = useAppStore(casesSelectors.setSearch);
  const search = useAppStore(casesSelectors.search);
  const loadRecent = useAppStore(casesSelectors.loadRecent);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadRecent();
  }, [loadRecent]);
  useEffect(() => {
    const id = window.setTimeout(() => void search(), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(id);
  }, [query, kind, search]);

  const searched = query.trim().length >= SEARCH_MIN_CHARS && results !== null;
  const rows = searched ? results : recent;

  return (
    <>
      <PageTitle
        icon={<AreaIcon area="cases" />}
        title={t('area.cases')}
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => void navigate('/cases/print-jobs')} data-testid="cases-print-jobs">
              {t('cases.printJobs')}
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => void navigate('/cases/import')} data-testid="cases-import">
              {t('cases.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="cases-new">
              {t('cases.new')}
            </Button>
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={12} align="center" wrap>
          <Input
            size="large"
            autoFocus
            allowClear
            prefix={<SearchOutlined style={{ color: '#8fa3b8' }} />}
            value={query}
            onChange={(e) => setSearch(e.target.value, kind)}
            onPressEnter={() => void search()}
            maxLength={50}
            placeholder={t('cases.searchPlaceholder')}
            aria-label={t('cases.searchLabel')}
            style={{ flex: '1 1 420px', minWidth: 0 }}
            data-testid="case-search"
          />
          <Segmented<CaseSearchKind>
            value={kind}
            onChange={(k) => setSearch(query, k)}
            aria-label={t('cases.kindLabel')}
            options={KINDS.map((k) => ({ value: k, label: <span data-testid={`case-kind-${k}`}>{t(`cases.kind.${k}`)}</span> }))}
          />
        </Flex>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {t('cases.searchHint')}
        </Typography.Text>
      </Card>
      {searchError ? (
        <Alert type="error" showIcon title={t('cases.searchFailed', { reason: describeError(searchError, t) })} style={{ marginBottom: 12 }} />
      ) : null}
      <Card
        size="small"
        title={searched ? t('cases.results', { count: rows.length }) : t('cases.recent')}
        extra={
          searched && rows.length >= SEARCH_LIMIT ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('cases.resultsLimited', { limit: SEARCH_LIMIT })}
            </Typography.Text>
          ) : null
        }
        styles={{ body: { padding: 0 } }}
      >
        <CaseTable
          rows={rows}
          loading={searched ? searching && rows.length === 0 : !recentLoaded}
          empty={searched ? t('cases.resultsEmpty', { q: query.trim() }) : t('cases.recentEmpty')}
        />
      </Card>
      {creating ? <CaseFormModal onClose={() => setCreating(false)} /> : null}
    </>
  );
};
