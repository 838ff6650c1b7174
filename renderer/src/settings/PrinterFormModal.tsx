import { Alert, App, Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { FormModal } from '../components/FormModal';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import type { Translate } from '../i18n/translate';
import { useAppStore } from '../stores/app-store';
import { printingSelectors } from '../stores/printing/selectors';
import type { PrinterProfile } from '../stores/printing/slice';
import { fitValues, issueFor, languagesFor, NEW_LABEL_PRINTER, profileInput, profileIssues, transportsFor, valuesOf } from './printer-form';
import type { PrinterValues } from './printer-form';

const LANGUAGE_LABEL = { zpl: 'ZPL', tspl: 'TSPL', pdf: 'PDF' } as const;

/** Puts each problem on its field; the first one's wording also goes above the form. */
const showIssues = (form: FormInstance<PrinterValues>, issues: ReturnType<typeof profileIssues>, t: Translate) => {
  form.setFields(issues.map((i) => ({ name: i.field, errors: [t(i.message)] })));
  const first = issues[0];
  if (first) form.focusField(first.field);
  return first ? { message: t(first.message) } : null;
};

/**
 * Add or edit a printer profile. The destination fields follow the connection (host and port for
 * 9100, a queue for the spooler, a folder for save-as-PDF); the contract's own schema checks the
 * values first, so its refinements show on the fields they are about.
 */
export const PrinterFormModal = ({ profile, onClose }: { profile: PrinterProfile | null; onClose: () => void }) => {
  const t = useT();
  const { message } = App.useApp();
  const saveProfile = useAppStore(printingSelectors.saveProfile);
  const [form] = Form.useForm<PrinterValues>();
  const kind = Form.useWatch('kind', form) ?? profile?.kind ?? 'label';
  const transport = Form.useWatch('transport', form) ?? profile?.transport ?? 'tcp9100';
  const refit = () => form.setFieldsValue(fitValues(form.getFieldsValue(true) as PrinterValues));

  return (
    <FormModal<PrinterValues>
      name="printer"
      title={profile ? t('printerForm.editTitle', { name: profile.name }) : t('printerForm.addTitle')}
      width={640}
      form={form}
      firstField="name"
      initialValues={profile ? valuesOf(profile) : NEW_LABEL_PRINTER}
      onClose={onClose}
      onSubmit={async (v, f) => {
        const input = profileInput({ ...(f.getFieldsValue(true) as PrinterValues), ...v }, profile?.id);
        const issues = profileIssues(input);
        if (issues.length > 0) return showIssues(f, issues, t);
        const res = await saveProfile(input);
        if (res.ok) {
          void message.success(t('common.saved'));
          return null;
        }
        if (res.error.reason === 'PRINTER_NAME_TAKEN') return { message: describeError(res.error, t), field: 'name' };
        const fields = typeof res.error.details?.['fields'] === 'string' ? res.error.details['fields'].split(',') : [];
        const mapped = fields.map((p) => issueFor(p.split('.')[0] ?? '', input));
        return mapped.length > 0 ? showIssues(f, mapped, t) : { message: describeError(res.error, t) };
      }}
    >
      <Flex gap={12}>
        <Form.Item name="name" label={t('printerForm.name')} rules={[{ required: true, whitespace: true, message: t('printerForm.issue.name') }]} style={{ flex: 1 }}>
          <Input maxLength={60} placeholder={t('printerForm.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="kind" label={t('printerForm.kind')}>
          <Radio.Group
            optionType="button"
            onChange={refit}
            options={(['label', 'a4'] as const).map((k) => ({ value: k, label: t(`printerKind.${k}`) }))}
          />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="transport" label={t('printerForm.transport')} style={{ flex: 1 }}>
          <Select onChange={refit} options={transportsFor(kind).map((x) => ({ value: x, label: t(`transport.${x}`) }))} />
        </Form.Item>
        <Form.Item name="language" label={t('printerForm.language')}>
          <Radio.Group optionType="button" options={languagesFor(kind, transport).map((l) => ({ value: l, label: LANGUAGE_LABEL[l] }))} />
        </Form.Item>
      </Flex>
      {transport === 'system' ? <Alert type="warning" showIcon title={t('printerForm.systemUnsupported')} style={{ marginBottom: 12 }} /> : null}
      {transport === 'tcp9100' ? (
        <Flex gap={12}>
          <Form.Item name="host" label={t('printerForm.host')} style={{ flex: 1 }}>
            <Input maxLength={253} placeholder="192.168.1.50" className="bd-mono" style={{ fontSize: 14 }} />
          </Form.Item>
          <Form.Item name="port" label={t('printerForm.port')} style={{ width: 120 }}>
            <InputNumber min={1} max={65535} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      ) : null}
      {transport === 'spooler_raw' || transport === 'system' ? (
        <Form.Item
          name="queue"
          label={t(transport === 'system' ? 'printerForm.systemQueue' : 'printerForm.queue')}
          extra={transport === 'spooler_raw' ? t('printerForm.queueHelp') : undefined}
        >
          <Input maxLength={127} className="bd-mono" style={{ fontSize: 14 }} />
        </Form.Item>
      ) : null}
      {transport === 'pdf_file' ? (
        <Form.Item name="directory" label={t('printerForm.directory')}>
          <Input maxLength={1024} placeholder={t('printerForm.directoryPlaceholder')} />
        </Form.Item>
      ) : null}
      {kind === 'label' ? (
        <Flex gap={12} align="flex-start">
          <Form.Item name="dpi" label={t('printerForm.dpi')}>
            <Radio.Group optionType="button" options={[203, 300].map((d) => ({ value: d, label: `${d} dpi` }))} />
          </Form.Item>
          <Form.Item name="widthMm" label={t('printerForm.width')} style={{ width: 110 }}>
            <InputNumber min={20} max={300} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="heightMm" label={t('printerForm.height')} style={{ width: 110 }}>
            <InputNumber min={15} max={400} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="gapMm" label={t('printerForm.gap')} style={{ width: 100 }}>
            <InputNumber min={0} max={20} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      ) : (
        <Typography.Paragraph type="secondary">{t('printerForm.a4Size')}</Typography.Paragraph>
      )}
      <Form.Item name="isDefault" valuePropName="checked" style={{ marginBottom: 0 }}>
        <Checkbox>{t(kind === 'label' ? 'printerForm.defaultLabel' : 'printerForm.defaultA4')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
};
