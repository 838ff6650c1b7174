import { RedoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Typography } from 'antd';
import { formatRocDateTime } from '../format/time';
import { useT } from '../i18n/use-t';
import type { CaseDetail } from '../stores/cases/slice';

/** 標籤與查詢網址: the address the current label's QR holds, and whether older labels were voided. */
export const CaseLabelCard = ({ detail, busy, onReissue }: { detail: CaseDetail; busy: boolean; onReissue: () => void }) => {
  const t = useT();
  const token = detail.token;
  return (
    <Card
      size="small"
      title={t('case.label')}
      extra={
        <Popconfirm
          title={t('case.reissueTitle')}
          description={<div style={{ maxWidth: 320 }}>{t('case.reissueBody')}</div>}
          okText={t('case.reissueOk')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={onReissue}
        >
          <Button size="small" icon={<RedoOutlined />} disabled={busy} data-testid="case-reissue">
            {t('case.reissue')}
          </Button>
        </Popconfirm>
      }
      data-testid="case-label"
    >
      {token && !token.url ? <Alert type="warning" showIcon title={t('case.noPublicUrl')} style={{ marginBottom: 8 }} /> : null}
      {token?.url ? (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('case.labelUrl')}
          </Typography.Text>
          <Typography.Paragraph copyable className="bd-mono bd-wrap" style={{ fontSize: 13, margin: '2px 0 4px' }} data-testid="case-label-url">
            {token.url}
          </Typography.Paragraph>
        </>
      ) : null}
      {token ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('case.labelIssued', { time: formatRocDateTime(token.issuedAt) })}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{t('case.noToken')}</Typography.Text>
      )}
      {detail.revokedTokens > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          title={t('case.revokedNote', { count: detail.revokedTokens })}
          data-testid="case-revoked-note"
        />
      ) : null}
    </Card>
  );
};
