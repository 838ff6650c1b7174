import { Badge, Tabs, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { PageTitle } from '../components/PageTitle';
import { useReferenceNames } from '../counter/use-names';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { AreaIcon } from '../shell/area-icons';
import { useAppStore } from '../stores/app-store';
import { recordsSelectors } from '../stores/records/selectors';
import { RecordTable } from './RecordTable';

const TABS = ['to-sign', 'mine', 'signed'] as const;

/** 紀錄陳核: 待我核章 (oldest submission first), 我的紀錄 (drafts, returned, submitted) and 已核章 (recently signed). */
export const SignoffPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const { tab } = useParams();
  const names = useReferenceNames();
  const toSign = useAppStore(recordsSelectors.toSign);
  const mine = useAppStore(useShallow(recordsSelectors.mine));
  const signed = useAppStore(useShallow(recordsSelectors.signed));
  const loaded = useAppStore(recordsSelectors.queueLoaded);
  const error = useAppStore(recordsSelectors.queueError);
  const loadQueue = useAppStore(recordsSelectors.loadQueue);

  useEffect(() => {
    void loadQueue();
  }, [loadQueue, tab]);

  const current = TABS.find((x) => x === tab);
  // Someone with sheets to sign lands on them; everyone else on their own.
  if (!current && loaded) return <Navigate to={`/signoff/${toSign.length > 0 ? 'to-sign' : 'mine'}`} replace />;

  return (
    <>
      <PageTitle icon={<AreaIcon area="signoff" />} title={t('area.signoff')} />
      {error ? (
        <Typography.Paragraph type="danger" role="alert">
          {describeError(error, t)}
        </Typography.Paragraph>
      ) : null}
      <Tabs
        activeKey={current ?? 'to-sign'}
        onChange={(key) => void navigate(`/signoff/${key}`)}
        items={[
          {
            key: 'to-sign',
            label: (
              <span data-testid="signoff-tab-to-sign">
                {t('signoff.tab.toSign')} <Badge count={toSign.length} size="small" color="#1f4e79" />
              </span>
            ),
            children: (
              <RecordTable rows={toSign} names={names} empty={t('signoff.toSignEmpty')} loading={!loaded} testId="queue-to-sign" />
            ),
          },
          {
            key: 'mine',
            label: <span data-testid="signoff-tab-mine">{t('signoff.tab.mine')}</span>,
            children: <RecordTable rows={mine} names={names} empty={t('signoff.mineEmpty')} loading={!loaded} testId="queue-mine" />,
          },
          {
            key: 'signed',
            label: <span data-testid="signoff-tab-signed">{t('signoff.tab.signed')}</span>,
            children: (
              <RecordTable rows={signed} names={names} empty={t('signoff.signedEmpty')} loading={!loaded} testId="queue-signed" signed />
            ),
          },
        ]}
      />
    </>
  );
};
