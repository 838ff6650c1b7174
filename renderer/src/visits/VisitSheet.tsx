import { Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { SERVICE_CATEGORIES, VISIT_OCCASIONS, VISIT_SERVICE_MODES } from '../../../shared/domain/visit';
import type { VisitSheetContent, VisitSheetRequiredField } from '../../../shared/mutations/visit-sheet';
import { formatDayKeyLong, formatRocLongDateTime } from '../format/time';
import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';

/** Who wrote and who signed, as the sheet's last row shows them. */
export interface SheetSignOff {
  authorName: string;
  submittedAt: string | null;
  signerName: string | null;
  deputyOfName: string | null;
  signedAt: string | null;
}

/** The form's values: the sheet's content, with times as typed ('' when blank). */
export type SheetValues = Omit<VisitSheetContent, 'startTime' | 'endTime'> & { startTime: string; endTime: string };

export const sheetValues = (c: VisitSheetContent): SheetValues => ({ ...c, startTime: c.startTime ?? '', endTime: c.endTime ?? '' });

/** The content to save: the form's values over the sheet as loaded (fields the form does not edit stay). */
export const sheetContent = (base: VisitSheetContent, v: Partial<SheetValues>): VisitSheetContent => {
  const merged = { ...sheetValues(base), ...v };
  const time = (s: string) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(s) ? s : null);
  return {
    ...base,
    ...merged,
    startTime: time(merged.startTime),
    endTime: time(merged.endTime),
    summary: merged.summary ?? '',
    businessComments: merged.businessComments ?? '',
    personTrips: typeof merged.personTrips === 'number' ? merged.personTrips : null,
  };
};

const Cell = ({ label, children, span = 1, required }: { label: string; children: ReactNode; span?: 1 | 3; required?: boolean }) => (
  <>
    <th>
      {required ? <span style={{ color: '#cf1322', marginRight: 2 }}>*</span> : null}
      {label}
    </th>
    <td colSpan={span}>{children}</td>
  </>
);

const Columns = () => (
  <colgroup>
    <col style={{ width: '15%' }} />
    <col style={{ width: '35%' }} />
    <col style={{ width: '15%' }} />
    <col style={{ width: '35%' }} />
  </colgroup>
);

/** ■到廠 □電話 □書面: a choice as the paper form prints it. */
const Boxes = <K extends string>({ all, value, label }: { all: readonly K[]; value: K | null; label: (k: K) => string }) => (
  <span>
    {all.map((k) => (
      <span key={k} style={{ marginRight: 14, whiteSpace: 'nowrap' }}>
        {value === k ? '■' : '□'}
        {label(k)}
      </span>
    ))}
  </span>
);

/**
 * 附件1 主動到府關心行動服務紀錄表 on screen, laid out like the paper form. With `editing`, what the
 * inspector fills (date and times, contact, mode, category, occasion, summary, e點通, 人次, comments)
 * become fields of the surrounding Form; what the office recorded (unit, inspectors, business) stays.
 * `missing` marks required fields still empty.
 */
export const VisitSheet = ({
  content,
  editing,
  branchName,
  missing,
  signOff,
}: {
  content: VisitSheetContent;
  editing: boolean;
  branchName: string;
  missing: ReadonlySet<VisitSheetRequiredField>;
  /** The author and signature row; left out while the sheet is being filled on the visit page. */
  signOff?: SheetSignOff;
}) => {
  const t = useT();
  const sep = t('common.listSeparator');
  const need = (f: VisitSheetRequiredField) =>
    editing && missing.has(f) ? { validateStatus: 'warning' as const, help: t('vr.required') } : {};
  const item = (name: keyof SheetValues, node: ReactNode, extra: object = {}) => (
    <Form.Item name={name} {...extra}>
      {node}
    </Form.Item>
  );
  const text = (s: string) => (s.trim() ? <span style={{ whiteSpace: 'pre-wrap' }}>{s}</span> : '—');
  const labelOf = (k: MessageKey) => t(k);

  return (
    <div data-testid="visit-sheet" style={{ background: '#fff', padding: '10px 20px 16px', border: '1px solid #e3e7ec' }}>
      <span className="bd-sheet-annex">{t('vr.annex')}</span>
      <div style={{ textAlign: 'center', fontSize: 15, fontWeight: 500 }}>{branchName}</div>
      <div className="bd-sheet-title" style={{ marginBottom: 8 }}>
        {t('vr.title')}
      </div>
      <table className="bd-sheet">
        <Columns />
        <tbody>
          <tr>
            <Cell label={t('vr.serviceDay')} required={editing}>
              {editing
                ? item('serviceDay', <Input type="date" aria-label={t('vr.serviceDay')} />, {
                    ...need('serviceDay'),
                    normalize: (v: string) => v || null,
                  })
                : content.serviceDay
                  ? formatDayKeyLong(content.serviceDay)
                  : '—'}
            </Cell>
            <Cell label={t('vr.time')}>
              {editing ? (
                <span style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                  {item('startTime', <Input type="time" step={300} aria-label={t('visitForm.start')} />)}–
                  {item('endTime', <Input type="time" step={300} aria-label={t('visitForm.end')} />)}
                </span>
              ) : content.startTime && content.endTime ? (
                t('vr.timeValue', { start: content.startTime, end: content.endTime })
              ) : (
                '—'
              )}
            </Cell>
          </tr>
          <tr>
            <Cell label={t('vr.unit')}>{content.unitName || '—'}</Cell>
            <Cell label={t('vr.inspectors')}>{content.inspectorNames.join(sep) || '—'}</Cell>
          </tr>
          <tr>
            <Cell label={t('vr.company')}>{content.companyName || '—'}</Cell>
            <Cell label={t('vr.ubn')}>{content.companyUbn || '—'}</Cell>
          </tr>
          <tr>
            <Cell label={t('vr.address')} span={3}>
              {editing ? item('address', <Input maxLength={200} aria-label={t('vr.address')} />) : text(content.address)}
            </Cell>
          </tr>
          <tr>
            <Cell label={t('vr.contact')}>
              {editing ? item('contactName', <Input maxLength={50} aria-label={t('vr.contact')} />) : text(content.contactName)}
            </Cell>
            <Cell label={t('vr.phone')}>
              {editing ? item('contactPhone', <Input maxLength={20} aria-label={t('vr.phone')} />) : text(content.contactPhone)}
            </Cell>
          </tr>
          <tr>
            <Cell label={t('vr.productCategory')}>{t(`category.${content.productCategory}`)}</Cell>
            <Cell label={t('vr.occasion')}>
              {editing
                ? item(
                    'occasion',
                    <Select aria-label={t('vr.occasion')} options={VISIT_OCCASIONS.map((o) => ({ value: o, label: t(`occasion.${o}`) }))} />,
                  )
                : t(`occasion.${content.occasion}`)}
            </Cell>
          </tr>
          {content.inquiry ? (
            <tr>
              <Cell label={t('vr.inquiry')} span={3}>
                {text(content.inquiry)}
              </Cell>
            </tr>
          ) : null}
          <tr>
            <Cell label={t('vr.mode')} span={3}>
              {editing ? (
                item(
                  'serviceMode',
                  <Radio.Group
                    aria-label={t('vr.mode')}
                    options={VISIT_SERVICE_MODES.map((m) => ({ value: m, label: t(`serviceMode.${m}`) }))}
                  />,
                )
              ) : (
                <Boxes all={VISIT_SERVICE_MODES} value={content.serviceMode} label={(m) => labelOf(`serviceMode.${m}`)} />
              )}
            </Cell>
          </tr>
          <tr>
            <Cell label={t('vr.category')} span={3} required={editing}>
              {editing ? (
                item(
                  'category',
                  <Radio.Group
                    aria-label={t('vr.category')}
                    options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`serviceCategory.${c}`) }))}
                  />,
                  need('category'),
                )
              ) : (
                <Boxes all={SERVICE_CATEGORIES} value={content.category} label={(c) => labelOf(`serviceCategory.${c}`)} />
              )}
            </Cell>
          </tr>
          <tr>
            <Cell label={t('vr.summary')} span={3} required={editing}>
              {editing
                ? item('summary', <Input.TextArea rows={4} maxLength={2000} aria-label={t('vr.summary')} />, need('summary'))
                : text(content.summary)}
            </Cell>
          </tr>
          <tr>
            <Cell label={t('vr.eService')} required={editing}>
              {editing ? (
                item(
                  'eServiceTaught',
                  <Radio.Group
                    aria-label={t('vr.eService')}
                    options={[
                      { value: true, label: t('vr.eServiceYes') },
                      { value: false, label: t('vr.eServiceNo') },
                    ]}
                  />,
                  need('eServiceTaught'),
                )
              ) : (
                <span>
                  {content.eServiceTaught === true ? '■' : '□'}
                  {t('vr.eServiceYes')} {content.eServiceTaught === false ? '■' : '□'}
                  {t('vr.eServiceNo')}
                </span>
              )}
            </Cell>
            <Cell label={t('vr.personTrips')} required={editing}>
              {editing
                ? item(
                    'personTrips',
                    <InputNumber min={1} max={9999} precision={0} style={{ width: 120 }} aria-label={t('vr.personTrips')} />,
                    need('personTrips'),
                  )
                : (content.personTrips ?? '—')}
            </Cell>
          </tr>
          <tr>
            <Cell label={t('vr.comments')} span={3}>
              {editing
                ? item('businessComments', <Input.TextArea rows={3} maxLength={1000} aria-label={t('vr.comments')} />)
                : text(content.businessComments)}
            </Cell>
          </tr>
          {signOff ? (
            <tr style={{ height: 72 }}>
              <Cell label={t('vr.author')}>
                <div>{signOff.authorName}</div>
                {signOff.submittedAt ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('sheet.submittedAt', { time: formatRocLongDateTime(signOff.submittedAt) })}
                  </Typography.Text>
                ) : null}
              </Cell>
              <Cell label={t('vr.signer')}>
                {signOff.signerName && signOff.signedAt ? (
                  <div data-testid="sheet-signer">
                    <div>
                      {signOff.deputyOfName
                        ? t('record.signerAsDeputy', { signer: signOff.signerName, chief: signOff.deputyOfName })
                        : signOff.signerName}
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatRocLongDateTime(signOff.signedAt)}
                    </Typography.Text>
                  </div>
                ) : (
                  <Typography.Text type="secondary">{t('sheet.unsigned')}</Typography.Text>
                )}
              </Cell>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
};
