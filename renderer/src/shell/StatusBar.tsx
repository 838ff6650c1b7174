import { ApartmentOutlined, BankOutlined, IdcardOutlined, PrinterOutlined, UserOutlined } from '@ant-design/icons';
import { Layout } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/use-t';
import type { Translate } from '../i18n/translate';
import { useAppStore } from '../stores/app-store';
import { printingSelectors } from '../stores/printing/selectors';
import { sessionSelectors } from '../stores/session/selectors';
import type { SyncStatus } from '../stores/system/slice';
import { systemSelectors } from '../stores/system/selectors';
import { areaByKey, canUse } from './areas';
import { UserMenu } from './UserMenu';
import { RejectionsPanel } from '../sync/RejectionsPanel';
import { SyncStatusItem } from '../sync/SyncStatusItem';
import { syncSummary } from '../sync/sync-text';

const Item = ({ icon, label, children, grow }: { icon: ReactNode; label: string; children: ReactNode; grow?: boolean }) => (
  <span className="bd-statusbar-item" title={label} aria-label={label} style={grow ? { flex: '1 1 auto' } : { flex: '0 1 auto' }}>
    <span style={{ marginRight: 4, color: '#5b6b7d' }}>{icon}</span>
    {children}
  </span>
);

/** The sync line as the home page shows it (the status bar adds the badge and the panel). */
export const syncText = (sync: SyncStatus | null, t: Translate): string => syncSummary(sync, Date.now(), t);

/** 列印工作, for those who print: red with a count while a job failed and waits for 重試. */
const PrintJobsLink = () => {
  const t = useT();
  const navigate = useNavigate();
  const failed = useAppStore(printingSelectors.failedCount);
  const text = failed > 0 ? t('jobs.statusFailed', { count: failed }) : t('jobs.statusLink');
  return (
    <button
      type="button"
      className="bd-statusbar-item"
      style={{ all: 'unset', cursor: 'pointer', flex: '0 0 auto', color: failed > 0 ? '#cf1322' : undefined }}
      title={text}
      onClick={() => void navigate('/cases/print-jobs')}
      data-testid="status-print-jobs"
    >
      <PrinterOutlined style={{ marginRight: 4, color: failed > 0 ? '#cf1322' : '#5b6b7d' }} />
      {text}
    </button>
  );
};

/** Who is signed in, where, and the sync state: always visible at the bottom of the window. */
export const StatusBar = () => {
  const t = useT();
  const session = useAppStore(sessionSelectors.session);
  const version = useAppStore(systemSelectors.appVersion);
  if (!session) return null;
  const roles = session.roles.map((r) => t(`role.${r}`)).join(t('common.listSeparator'));
  return (
    <Layout.Footer className="bd-statusbar" data-testid="status-bar">
      <UserMenu>
        <button
          type="button"
          className="bd-statusbar-item"
          style={{ all: 'unset', cursor: 'pointer', flex: '0 1 auto', overflow: 'hidden', textOverflow: 'ellipsis' }}
          title={t('status.user')}
        >
          <UserOutlined style={{ marginRight: 4, color: '#5b6b7d' }} />
          <span data-testid="status-user">
            {t('status.userValue', { name: session.name, username: session.username })}
          </span>
        </button>
      </UserMenu>
      <Item icon={<IdcardOutlined />} label={t('status.roles')}>
        <span data-testid="status-roles">{roles}</span>
      </Item>
      <Item icon={<ApartmentOutlined />} label={t('status.unit')}>
        {session.unitName}
      </Item>
      <Item icon={<BankOutlined />} label={t('status.branch')}>
        {session.branchName}
      </Item>
      <SyncStatusItem />
      <RejectionsPanel />
      {canUse(areaByKey('cases'), session.roles) ? <PrintJobsLink /> : null}
      <span style={{ flex: '0 0 auto', color: '#6b7a8c' }}>{t('app.version', { version })}</span>
    </Layout.Footer>
  );
};
