import { Alert, Typography } from 'antd';
import { Link } from 'react-router';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { formatRocDateTime, formatRocLongDateTime } from '../format/time';
import { useT } from '../i18n/use-t';
import type { RecordDetail, RecordVerify } from '../stores/records/slice';

/** What the sheet's state means for the person looking at it: returned (why), signed (by whom), a correction. */
export const RecordBanners = ({ detail }: { detail: RecordDetail }) => {
  const t = useT();
  const r = detail.record;
  return (
    <>
      {r.status === 'returned' && r.returnReason ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('record.returnedTitle', { time: r.returnedAt ? formatRocDateTime(r.returnedAt) : '' })}
          description={<span className="bd-wrap" style={{ fontSize: 15 }}>{r.returnReason}</span>}
          data-testid="record-returned"
        />
      ) : null}
      {r.status === 'signed' && r.signedAt ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 10 }}
          title={
            <span>
              {t('record.signedTitle', {
                signer: detail.deputyOfName
                  ? t('record.signerAsDeputy', { signer: detail.signerName ?? '', chief: detail.deputyOfName })
                  : (detail.signerName ?? ''),
                time: formatRocLongDateTime(r.signedAt),
              })}
              <Typography.Text type="secondary" style={{ marginLeft: 12, fontSize: 13 }}>
                {t('record.signedBody')}
              </Typography.Text>
            </span>
          }
          data-testid="record-signed"
        />
      ) : null}
      {r.correctionOf ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <span>
              {t('record.correctionOf')} <Link to={`/signoff/records/${r.correctionOf}`}>{t('record.openOriginal')}</Link>
            </span>
          }
          data-testid="record-correction-of"
        />
      ) : null}
    </>
  );
};

/** The verdict of 驗證簽章: valid with signer and time, or what is wrong. */
export const VerifyBanner = ({ verify }: { verify: RecordVerify | null }) => {
  const t = useT();
  if (!verify) return null;
  const signer = verify.signerName ?? '—';
  const time = verify.signedAt ? formatRocLongDateTime(verify.signedAt) : '—';
  return (
    <Alert
      type={verify.valid ? 'success' : 'error'}
      showIcon
      icon={verify.valid ? <SafetyCertificateOutlined /> : undefined}
      style={{ marginBottom: 10 }}
      title={
        <span className="bd-wrap">
          {verify.valid
            ? t('verify.valid', { signer, time })
            : t('verify.invalid', { problem: t(`verify.${verify.problem ?? 'BAD_SIGNATURE'}`) })}
          <Typography.Text type="secondary" style={{ marginLeft: 12, fontSize: 12 }}>
            {verify.valid ? t('verify.validBody', { key: verify.keyId ?? '—' }) : t('verify.invalidBody', { signer, time })}
          </Typography.Text>
        </span>
      }
      data-testid="record-verify"
    />
  );
};
