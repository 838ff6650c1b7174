import {
  AuditOutlined,
  EditOutlined,
  FilePdfOutlined,
  PrinterOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { Button, Flex, Popconfirm } from 'antd';
import { useT } from '../i18n/use-t';
import type { RecordDetail } from '../stores/records/slice';

export type RecordAction =
  | 'edit'
  | 'save'
  | 'cancelEdit'
  | 'submit'
  | 'return'
  | 'sign'
  | 'verify'
  | 'openPdf'
  | 'savePdf'
  | 'print'
  | 'correct';

/**
 * The buttons main's `can` allows, and only those: editing and submitting for the author, returning
 * and signing for a chief of the unit (or deputy), verifying and 更正 once signed, the PDF always,
 * 列印 (the default A4 printer) for those who may print.
 */
export const RecordToolbar = ({
  detail,
  editing,
  busy,
  canPrint,
  onAction,
}: {
  detail: RecordDetail;
  editing: boolean;
  busy: RecordAction | null;
  /** Whether this person may print (main allows counter, inspectors, chiefs and admins). */
  canPrint: boolean;
  onAction: (a: RecordAction) => void;
}) => {
  const t = useT();
  const { can, record } = detail;
  const btn = (a: RecordAction) => ({ loading: busy === a, disabled: busy !== null && busy !== a, onClick: () => onAction(a) });
  if (editing) {
    return (
      <Flex gap={8} wrap>
        <Button {...btn('cancelEdit')} data-testid="record-cancel-edit">
          {t('common.cancel')}
        </Button>
        <Button type="primary" icon={<SaveOutlined />} {...btn('save')} data-testid="record-save">
          {t('common.save')}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex gap={8} wrap justify="flex-end">
      {can.edit ? (
        <Button icon={<EditOutlined />} {...btn('edit')} data-testid="record-edit">
          {t('record.edit')}
        </Button>
      ) : null}
      {can.submit ? (
        <Button type="primary" icon={<SendOutlined />} {...btn('submit')} data-testid="record-submit">
          {t('record.submit')}
        </Button>
      ) : null}
      {can.sign ? (
        <>
          <Button danger icon={<RollbackOutlined />} {...btn('return')} data-testid="record-return">
            {t('record.return')}
          </Button>
          <Button type="primary" icon={<AuditOutlined />} {...btn('sign')} data-testid="record-sign">
            {t('record.sign')}
          </Button>
        </>
      ) : null}
      {record.status === 'signed' ? (
        <Button icon={<SafetyCertificateOutlined />} {...btn('verify')} data-testid="record-verify-button">
          {t('record.verify')}
        </Button>
      ) : null}
      <Button icon={<FilePdfOutlined />} {...btn('openPdf')} data-testid="record-open-pdf">
        {t('record.openPdf')}
      </Button>
      {canPrint ? (
        <Button icon={<PrinterOutlined />} {...btn('print')} data-testid="record-print">
          {t('record.print')}
        </Button>
      ) : null}
      <Button {...btn('savePdf')} data-testid="record-save-pdf">
        {t('record.savePdf')}
      </Button>
      {can.correct ? (
        <Popconfirm
          title={t('record.correctConfirm')}
          okText={t('record.correct')}
          cancelText={t('common.cancel')}
          onConfirm={() => onAction('correct')}
        >
          <Button icon={<EditOutlined />} loading={busy === 'correct'} data-testid="record-correct">
            {t('record.correct')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
};
