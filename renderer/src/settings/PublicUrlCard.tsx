import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { caseUrl } from '../../../shared/domain/inspection-case';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { printingSelectors } from '../stores/printing/selectors';

const URL_RULE = /^https?:\/\/[^\s/]+(\/\S*)?$/i;
const SAMPLE_TOKEN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 公開網址: the hub's public address that every QR label points to (+ /C/<token>). */
export const PublicUrlCard = () => {
  const t = useT();
  const { message } = App.useApp();
  const url = useAppStore(printingSelectors.publicUrl);
  const loaded = useAppStore(printingSelectors.publicUrlLoaded);
  const loadPublicUrl = useAppStore(printingSelectors.loadPublicUrl);
  const setPublicUrl = useAppStore(printingSelectors.setPublicUrl);
  const [form] = Form.useForm<{ url: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadPublicUrl().then((r) => {
      if (r.ok) form.setFieldsValue({ url: r.value.url ?? '' });
    });
  }, [loadPublicUrl, form]);

  const save = async ({ url: typed }: { url: string }) => {
    setBusy(true);
    setError(null);
    const r = await setPublicUrl(typed.trim());
    setBusy(false);
    if (!r.ok) return setError(describeError(r.error, t));
    form.setFieldsValue({ url: r.value.url });
    void message.success(t('printers.publicUrlSaved'));
  };

  return (
    <Card size="small" title={t('printers.publicUrl')} style={{ marginBottom: 12 }} data-testid="public-url-card">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 10, fontSize: 13 }}>
        {t('printers.publicUrlIntro')}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 10 }} role="alert" /> : null}
      <Form form={form} name="publicUrl" layout="inline" onFinish={(v) => void save(v)} style={{ rowGap: 8 }}>
        <Form.Item
          name="url"
          label={t('printers.publicUrlLabel')}
          rules={[{ required: true, max: 200, pattern: URL_RULE, message: t('printers.publicUrlInvalid') }]}
          style={{ flex: '1 1 420px', minWidth: 0, maxWidth: 640 }}
        >
          <Input maxLength={200} placeholder="https://e.bsmi.example" className="bd-mono" style={{ fontSize: 14 }} />
        </Form.Item>
        <Form.Item style={{ marginInlineEnd: 0 }}>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="public-url-save">
            {t('common.save')}
          </Button>
        </Form.Item>
      </Form>
      <Flex style={{ marginTop: 8 }}>
        {loaded && url ? (
          <Typography.Text type="secondary" className="bd-wrap" style={{ fontSize: 12 }} data-testid="public-url-example">
            {t('printers.publicUrlExample', { example: caseUrl(url, SAMPLE_TOKEN) })}
          </Typography.Text>
        ) : null}
        {loaded && !url ? (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('printers.publicUrlNone')}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
};
