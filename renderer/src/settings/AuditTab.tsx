import { LeftOutlined, RightOutlined, SafetyCertificateOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/ipc/contract';
import { DICTIONARIES } from '../i18n/dictionary';
import type { MessageKey } from '../i18n/dictionary';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import type { Translate } from '../i18n/translate';
import { useAppStore } from '../stores/app-store';
import { AUDIT_PAGE_SIZE } from '../stores/audit/slice';
import type { AuditMove } from '../stores/audit/slice';
import { auditSelectors } from '../stores/audit/selectors';
import { formatRocDateTime } from '../format/time';
import { TableToolbar } from './TableToolbar';

const actionLabel = (action: string, t: Translate): string => {
  const key = `auditAction.${action}`;
  return key in DICTIONARIES['zh-TW'] ? t(key as MessageKey) : action;
};

const VerifyResult = () => {
  const t = useT();
  const v = useAppStore(auditSelectors.verify);
  if (!v) return null;
  const text = v.ok
    ? t('audit.verifyOk', { checked: v.checked })
    : v.firstBadSeq !== null
      ? t('audit.verifyBad', { seq: v.firstBadSeq })
      : t('audit.verifyBadUnknown', { checked: v.checked });
  return (
    <Alert type={v.ok ? 'success' : 'error'} showIcon title={text} style={{ marginBottom: 10 }} data-testid="audit-verify-result" />
  );
};

/** 稽核紀錄: the append-only, hash-chained log, newest first, paged by sequence number. */
export const AuditTab = () => {
  const t = useT();
  const entries = useAppStore(auditSelectors.entries);
  const page = useAppStore(auditSelectors.page);
  const hasOlder = useAppStore(auditSelectors.hasOlder);
  const hasNewer = useAppStore(auditSelectors.hasNewer);
  const loadPage = useAppStore(auditSelectors.loadPage);
  const verifyAudit = useAppStore(auditSelectors.verifyAudit);
  const loading = useAppStore(auditSelectors.loading);
  const error = useAppStore(auditSelectors.error);
  const [verifying, setVerifying] = useState(false);

  useEffect(() => {
    void loadPage('newest');
  }, [loadPage]);

  const move = (m: AuditMove) => void loadPage(m);
  const verify = async () => {
    setVerifying(true);
    await verifyAudit();
    setVerifying(false);
  };

  return (
    <>
      <VerifyResult />
      {error ? <Alert type="error" showIcon title={describeError(error, t)} style={{ marginBottom: 10 }} /> : null}
      <TableToolbar
        left={
          <Space.Compact>
            <Button icon={<VerticalRightOutlined />} disabled={!hasNewer} onClick={() => move('newest')}>
              {t('audit.newest')}
            </Button>
            <Button icon={<LeftOutlined />} disabled={!hasNewer} onClick={() => move('newer')}>
              {t('audit.newer')}
            </Button>
            <Button disabled={!hasOlder} onClick={() => move('older')} data-testid="audit-older">
              {t('audit.older')}
              <RightOutlined />
            </Button>
          </Space.Compact>
        }
        count={t('audit.pageInfo', { page, size: AUDIT_PAGE_SIZE })}
        actions={
          <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={() => void verify()} data-testid="audit-verify">
            {t('audit.verify')}
          </Button>
        }
      />
      <Table<AuditEntry>
        size="small"
        rowKey="seq"
        loading={loading}
        dataSource={entries}
        pagination={false}
        tableLayout="fixed"
        locale={{ emptyText: t('audit.empty') }}
        columns={[
          { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 70, align: 'right' },
          { key: 'at', title: t('audit.at'), width: 160, render: (_, e) => formatRocDateTime(e.at) },
          {
            key: 'actor',
            title: t('audit.actor'),
            width: 140,
            ellipsis: true,
            render: (_, e) => e.actorName ?? (e.actorId ? e.actorId : t('audit.system')),
          },
          {
            key: 'action',
            title: t('audit.action'),
            width: 150,
            ellipsis: { showTitle: false },
            render: (_, e) => (
              <Tooltip title={e.action} placement="topLeft">
                <span>{actionLabel(e.action, t)}</span>
              </Tooltip>
            ),
          },
          { key: 'entity', title: t('audit.entity'), width: 160, ellipsis: true, render: (_, e) => `${e.entity} ${e.entityId}` },
          {
            key: 'summary',
            title: t('audit.summary'),
            ellipsis: { showTitle: false },
            render: (_, e) => (
              <Typography.Text ellipsis={{ tooltip: e.summary }} style={{ maxWidth: '100%' }}>
                {e.summary}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
};
