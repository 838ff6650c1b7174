import { App, Form, Input, Typography } from 'antd';
import { FormModal } from '../components/FormModal';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { recordsSelectors } from '../stores/records/selectors';

/**
 * 核章: asks for the signer's password again, because it unlocks their signing key for this one
 * signature. A wrong password signs nothing and says so.
 */
export const SignModal = ({ recordId, title, onClose }: { recordId: string; title: string; onClose: () => void }) => {
  const t = useT();
  const { message } = App.useApp();
  const signRecord = useAppStore(recordsSelectors.signRecord);
  return (
    <FormModal<{ password: string }>
      name="sign"
      title={t('sign.title')}
      okText={t('sign.submit')}
      firstField="password"
      onClose={onClose}
      onSubmit={async (v, form) => {
        const res = await signRecord(recordId, v.password);
        if (!res.ok) {
          form.setFieldValue('password', '');
          return { message: describeError(res.error, t, { bad_credentials: 'sign.badPassword' }), field: 'password' };
        }
        void message.success(t('sign.done'));
        return null;
      }}
    >
      <Typography.Paragraph className="bd-wrap">{t('sign.intro', { title })}</Typography.Paragraph>
      <Form.Item
        name="password"
        label={t('sign.password')}
        rules={[{ required: true, message: t('validation.required', { field: t('sign.password') }) }]}
      >
        <Input.Password maxLength={256} autoComplete="current-password" />
      </Form.Item>
    </FormModal>
  );
};
