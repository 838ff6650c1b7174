import { Form, Input, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { STOP_OUTCOMES } from '../../../shared/domain/escort';
import type { EscortSheetContent } from '../../../shared/mutations/escort-sheet';
import { satisfactionKey } from '../counter/labels';
import { formatDayKeyLong, formatHm, formatRocLongDateTime } from '../format/time';
import type { Translate } from '../i18n/translate';
import { useT } from '../i18n/use-t';
import type { RecordDetail } from '../stores/records/slice';

const SCALE = [5, 4, 3, 2, 1] as const;

/** 09:00 至 09:55（共 55 分）, as the printed form gives it. */
const period = (c: EscortSheetContent, t: Translate): string => {
  if (!c.startedAt || !c.finishedAt) return `${formatHm(c.startedAt)} – ${formatHm(c.finishedAt)}`;
  const minutes = Math.max(0, Math.round((Date.parse(c.finishedAt) - Date.parse(c.startedAt)) / 60_000));
  return t('sheet.periodValue', { start: formatHm(c.startedAt), end: formatHm(c.finishedAt), minutes });
};
const NOTE_MAX = 500;

/** One labelled cell pair of the sheet. */
const Cell = ({ label, children, span = 1 }: { label: string; children: ReactNode; span?: 1 | 3 }) => (
  <>
    <th>{label}</th>
    <td colSpan={span}>{children}</td>
  </>
);

/** The column widths of the sheet's label/value tables: label, value, label, value. */
const LabelValueColumns = () => (
  <colgroup>
    <col style={{ width: '14%' }} />
    <col style={{ width: '36%' }} />
    <col style={{ width: '14%' }} />
    <col style={{ width: '36%' }} />
  </colgroup>
);

/**
 * 附件2 專人全程服務紀錄表 on screen, laid out like the paper form. With `editing`, the parts the
 * escort fills by hand (stop outcomes and notes, satisfaction, the visitor's opinion) become fields
 * of the surrounding Form; names, times and units stay as recorded.
 */
export const EscortSheet = ({
  content,
  detail,
  branchName,
  editing,
}: {
  content: EscortSheetContent;
  detail: RecordDetail;
  branchName: string;
  editing: boolean;
}) => {
  const t = useT();
  const r = detail.record;
  const signedText = r.status === 'signed' && r.signedAt ? formatRocLongDateTime(r.signedAt) : null;
  return (
    <div data-testid="escort-sheet" style={{ background: '#fff', padding: '10px 20px 16px', border: '1px solid #e3e7ec' }}>
      <span className="bd-sheet-annex">{t('sheet.annex')}</span>
      <div style={{ textAlign: 'center', fontSize: 15, fontWeight: 500 }}>{branchName}</div>
      <div className="bd-sheet-title" style={{ marginBottom: 8 }}>
        {t('sheet.title')}
      </div>
      <table className="bd-sheet">
        <LabelValueColumns />
        <tbody>
          <tr>
            <Cell label={t('sheet.date')}>{formatDayKeyLong(content.dayKey)}</Cell>
            <Cell label={t('sheet.receiving')}>{content.receivingUnitName}</Cell>
          </tr>
          <tr>
            <Cell label={t('sheet.visitor')}>{content.visitorName}</Cell>
            <Cell label={t('sheet.phone')}>{content.phone}</Cell>
          </tr>
          <tr>
            <Cell label={t('sheet.company')}>{content.companyName || '—'}</Cell>
            <Cell label={t('sheet.ubn')}>{content.companyUbn || '—'}</Cell>
          </tr>
          <tr>
            <Cell label={t('sheet.escort')}>{content.escortName}</Cell>
            <Cell label={t('sheet.period')}>{period(content, t)}</Cell>
          </tr>
        </tbody>
      </table>
      <table className="bd-sheet" style={{ marginTop: -1 }} data-testid="sheet-stops">
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '13%' }} />
          <col style={{ width: '31%' }} />
        </colgroup>
        <thead>
          <tr>
            <th colSpan={7}>{t('sheet.stops')}</th>
          </tr>
          <tr>
            <th>{t('sheet.stopNo')}</th>
            <th>{t('sheet.stopUnit')}</th>
            <th>{t('stop.item')}</th>
            <th>{t('sheet.stopStart')}</th>
            <th>{t('sheet.stopEnd')}</th>
            <th>{t('stop.outcome')}</th>
            <th>{t('stop.note')}</th>
          </tr>
        </thead>
        <tbody>
          {content.stops.map((s, i) => (
            <tr key={i} data-testid="sheet-stop">
              <td style={{ textAlign: 'center' }}>{i + 1}</td>
              <td>{s.unitName}</td>
              <td>{s.itemName}</td>
              <td style={{ textAlign: 'center' }}>{formatHm(s.startedAt)}</td>
              <td style={{ textAlign: 'center' }}>{formatHm(s.endedAt)}</td>
              <td style={{ textAlign: 'center' }}>
                {editing ? (
                  <Form.Item name={['stops', i, 'outcome']} rules={[{ required: true }]}>
                    <Select size="small" options={STOP_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
                  </Form.Item>
                ) : (
                  t(`outcome.${s.outcome}`)
                )}
              </td>
              <td>
                {editing ? (
                  <Form.Item name={['stops', i, 'note']} rules={[{ max: NOTE_MAX, message: t('validation.maxLength', { max: NOTE_MAX }) }]}>
                    <Input size="small" maxLength={NOTE_MAX} aria-label={t('sheet.stopNote', { no: i + 1 })} />
                  </Form.Item>
                ) : (
                  s.note
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="bd-sheet" style={{ marginTop: -1 }}>
        <LabelValueColumns />
        <tbody>
          <tr>
            <Cell label={t('sheet.satisfaction')} span={3}>
              {editing ? (
                <Form.Item name="satisfaction">
                  <Select
                    style={{ width: 200 }}
                    aria-label={t('sheet.satisfaction')}
                    options={[
                      ...SCALE.map((n) => ({ value: n, label: t(satisfactionKey(n)) })),
                      { value: null, label: t('satisfaction.none') },
                    ]}
                  />
                </Form.Item>
              ) : (
                <span data-testid="sheet-satisfaction">
                  {SCALE.map((n) => (
                    <span key={n} style={{ marginRight: 14, whiteSpace: 'nowrap' }}>
                      {content.satisfaction === n ? '■' : '□'}
                      {t(satisfactionKey(n))}
                    </span>
                  ))}
                </span>
              )}
            </Cell>
          </tr>
          <tr>
            <Cell label={t('sheet.opinion')} span={3}>
              {editing ? (
                <Form.Item name="visitorOpinion" rules={[{ max: NOTE_MAX, message: t('validation.maxLength', { max: NOTE_MAX }) }]}>
                  <Input.TextArea rows={3} maxLength={NOTE_MAX} showCount aria-label={t('sheet.opinion')} />
                </Form.Item>
              ) : (
                <span style={{ whiteSpace: 'pre-wrap' }}>{content.visitorOpinion || '—'}</span>
              )}
            </Cell>
          </tr>
          <tr style={{ height: 72 }}>
            <Cell label={t('sheet.escortSign')}>
              <div>{content.escortName}</div>
              {r.submittedAt ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('sheet.submittedAt', { time: formatRocLongDateTime(r.submittedAt) })}
                </Typography.Text>
              ) : null}
            </Cell>
            <Cell label={t('sheet.chiefSign')}>
              {signedText ? (
                <div data-testid="sheet-signer">
                  <div>
                    {detail.deputyOfName
                      ? t('record.signerAsDeputy', { signer: detail.signerName ?? '', chief: detail.deputyOfName })
                      : detail.signerName}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {signedText}
                  </Typography.Text>
                </div>
              ) : (
                <Typography.Text type="secondary">{t('sheet.unsigned')}</Typography.Text>
              )}
            </Cell>
          </tr>
        </tbody>
      </table>
    </div>
  );
};
