import { CloudOutlined, CloudSyncOutlined, DisconnectOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useEffect } from 'react';
import { useInterval } from '../hooks/use-interval';
import { useNow } from '../hooks/use-now';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { syncSelectors } from '../stores/sync/selectors';
import { systemSelectors } from '../stores/system/selectors';
import { problemText, syncSummary } from './sync-text';

/** Sync state read from main this often while the status bar shows (a passive, local call). */
const REFRESH_MS = 10_000;
const LINK = { all: 'unset', cursor: 'pointer' } as const;

/**
 * The status bar's sync part: online or offline, last sync (relative), pending count, and a red
 * badge with the number of refused changes that opens the panel listing them. A click on the
 * state syncs now (anyone may: it only sends what is already this desktop's to send).
 */
export const SyncStatusItem = () => {
  const t = useT();
  const now = useNow(30_000);
  const sync = useAppStore(syncSelectors.status);
  const rejected = useAppStore(syncSelectors.rejectedCount);
  const refreshSync = useAppStore(systemSelectors.refreshSync);
  const syncNow = useAppStore(syncSelectors.syncNow);
  const openPanel = useAppStore(syncSelectors.setRejectionsOpen);
  const configured = sync?.configured ?? false;

  useInterval(() => void refreshSync(), REFRESH_MS);
  // The network is back: sync now rather than at the next interval.
  useEffect(() => {
    if (!configured) return undefined;
    const onOnline = () => void syncNow();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [configured, syncNow]);

  const text = syncSummary(sync, now, t);
  const problem = sync?.problem ? problemText(sync.problem.code, t) : null;
  const icon = !sync?.configured ? (
    <CloudOutlined style={{ color: '#5b6b7d' }} />
  ) : problem ? (
    <WarningOutlined style={{ color: '#d46b08' }} />
  ) : sync.online === false ? (
    <DisconnectOutlined style={{ color: '#8c8c8c' }} />
  ) : (
    <CloudSyncOutlined style={{ color: sync.online ? '#389e0d' : '#5b6b7d' }} spin={sync.syncing} />
  );

  return (
    <span className="bd-statusbar-item" style={{ flex: '1 1 auto', display: 'inline-flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
      <button
        type="button"
        disabled={!configured}
        onClick={() => void syncNow()}
        title={problem ? `${text}\n${problem.detail}` : configured ? `${text}\n${t('sync.clickToSync')}` : text}
        aria-label={t('sync.statusTitle', { state: text })}
        data-testid="status-sync"
        data-online={sync?.online === null || sync === null ? 'unknown' : String(sync.online)}
        style={{ ...LINK, cursor: configured ? 'pointer' : 'default', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}
      >
        <span style={{ marginRight: 4 }}>{icon}</span>
        <span style={problem ? { color: '#ad4e00', fontWeight: 600 } : undefined}>{text}</span>
      </button>
      {rejected > 0 ? (
        <button
          type="button"
          style={{ ...LINK, flex: '0 0 auto', display: 'inline-flex', alignItems: 'center', gap: 4, color: '#cf1322' }}
          title={t('sync.rejectedBadge', { count: rejected })}
          aria-label={t('sync.rejectedBadge', { count: rejected })}
          onClick={() => openPanel(true)}
          data-testid="status-rejections"
        >
          <ExclamationCircleOutlined />
          <Badge count={rejected} size="small" overflowCount={99} />
        </button>
      ) : null}
    </span>
  );
};
