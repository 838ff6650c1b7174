import { Alert, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useNow } from '../hooks/use-now';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { visitsSelectors } from '../stores/visits/selectors';
import { describeVisitError } from './visit-errors';

type KitOutcome =
  | { kind: 'building'; since: number }
  | { kind: 'done'; pages: number; path: string; missing: string[] }
  | { kind: 'failed'; message: string };

const Elapsed = ({ since }: { since: number }) => {
  const t = useT();
  const now = useNow(500);
  return <Typography.Text type="secondary">{t('fvisit.kitElapsed', { seconds: Math.max(0, Math.floor((now - since) / 1000)) })}</Typography.Text>;
};

/**
 * 列印到廠服務資料 in one click: main builds the kit (cover, the regulations of the business's product
 * category, a prefilled 附件1, the e點通 guide with its QR), keeps it under the data folder for offline
 * use and opens it. While it renders the page says so and how long it has taken; main sends no
 * per-page progress, so no percentage is invented.
 */
export const useKit = (visitId: string): { busy: boolean; build: () => Promise<void>; panel: ReactNode } => {
  const t = useT();
  const buildKit = useAppStore(visitsSelectors.buildKit);
  const [outcome, setOutcome] = useState<KitOutcome | null>(null);
  const build = async () => {
    setOutcome({ kind: 'building', since: Date.now() });
    const r = await buildKit(visitId, true);
    setOutcome(
      r.ok
        ? { kind: 'done', pages: r.value.pages, path: r.value.path, missing: r.value.missingFiles }
        : {
            kind: 'failed',
            message: r.error.reason === 'VISIT_NOT_SCHEDULED' ? t('fvisit.kitNeedsDate') : describeVisitError(r.error, t),
          },
    );
  };
  let panel: ReactNode = null;
  if (outcome?.kind === 'building') {
    panel = (
      <Alert
        type="info"
        showIcon
        icon={<Spin size="small" />}
        title={
          <Flex gap={12} wrap align="center">
            <span>{t('fvisit.kitBuilding')}</span>
            <Elapsed since={outcome.since} />
          </Flex>
        }
        data-testid="kit-building"
      />
    );
  } else if (outcome?.kind === 'done') {
    panel = (
      <Alert
        type={outcome.missing.length > 0 ? 'warning' : 'success'}
        showIcon
        closable={{ onClose: () => setOutcome(null) }}
        title={t('fvisit.kitDone', { pages: outcome.pages })}
        description={
          <>
            {outcome.missing.length > 0 ? (
              <div className="bd-wrap">{t('fvisit.kitMissing', { files: outcome.missing.join(t('common.listSeparator')) })}</div>
            ) : null}
            <Typography.Text copyable className="bd-mono bd-wrap" data-testid="kit-path">
              {outcome.path}
            </Typography.Text>
          </>
        }
        data-testid="kit-done"
      />
    );
  } else if (outcome?.kind === 'failed') {
    panel = <Alert type="error" showIcon closable={{ onClose: () => setOutcome(null) }} title={outcome.message} role="alert" data-testid="kit-failed" />;
  }
  return { busy: outcome?.kind === 'building', build, panel };
};
