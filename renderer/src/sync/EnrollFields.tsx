import { Form, Input } from 'antd';
import { useT } from '../i18n/use-t';
import { enrollRules } from './enroll-form';

/** Hub address, one-time code and this computer's name: shared by 連接 (settings) and 加入既有分局 (first run). */
export const EnrollFields = () => {
  const t = useT();
  const r = enrollRules(t);
  return (
    <>
      <Form.Item name="hubUrl" label={t('syncSettings.hubUrl')} extra={t('syncSettings.hubUrlHelp')} rules={r.hubUrl}>
        <Input maxLength={300} className="bd-mono" style={{ fontSize: 14 }} placeholder="https://" autoComplete="off" />
      </Form.Item>
      <Form.Item name="code" label={t('syncSettings.code')} extra={t('syncSettings.codeHelp')} rules={r.code}>
        <Input maxLength={12} className="bd-mono" style={{ fontSize: 16, letterSpacing: 2, maxWidth: 220 }} autoComplete="off" />
      </Form.Item>
      <Form.Item name="deviceName" label={t('syncSettings.deviceName')} extra={t('syncSettings.deviceNameHelp')} rules={r.deviceName}>
        <Input maxLength={60} style={{ maxWidth: 320 }} />
      </Form.Item>
    </>
  );
};
