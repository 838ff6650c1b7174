import { Descriptions, Typography } from 'antd';
import { formatRocDay } from '../format/time';
import { useT } from '../i18n/use-t';
import type { CaseDetail } from '../stores/cases/slice';

/** 案件資料: what the case is about and who handles it. */
export const CaseFacts = ({ detail, unitName }: { detail: CaseDetail; unitName: string }) => {
  const t = useT();
  const s = detail.summary;
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      styles={{ label: { width: 96, whiteSpace: 'nowrap' }, content: { minWidth: 0 } }}
      data-testid="case-facts"
      items={[
        { key: 'number', label: t('case.number'), children: <span className="bd-mono" style={{ fontSize: 13 }}>{s.caseNumber}</span> },
        { key: 'received', label: t('case.receivedAt'), children: formatRocDay(s.receivedAt) },
        { key: 'company', label: t('case.company'), span: 2, children: <span className="bd-wrap">{s.companyName}</span> },
        { key: 'ubn', label: t('case.ubn'), children: s.companyUbn ? <span className="bd-mono">{s.companyUbn}</span> : none },
        { key: 'category', label: t('case.category'), children: t(`category.${s.category}`) },
        { key: 'product', label: t('case.productName'), children: <span className="bd-wrap">{s.productName}</span> },
        { key: 'model', label: t('case.productModel'), children: s.productModel ? <span className="bd-wrap">{s.productModel}</span> : none },
        { key: 'contact', label: t('case.contactName'), children: detail.contactName || none },
        { key: 'phone', label: t('case.contactPhone'), children: detail.contactPhone || none },
        { key: 'unit', label: t('case.unit'), children: unitName },
        { key: 'officer', label: t('case.officer'), children: s.officerName ?? <Typography.Text type="secondary">{t('case.noOfficer')}</Typography.Text> },
      ]}
    />
  );
};
