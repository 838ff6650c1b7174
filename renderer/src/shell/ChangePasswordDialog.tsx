import { App, Form, Input } from 'antd';
import { FormModal } from '../components/FormModal';
import { PASSWORD_MIN, rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { sessionSelectors } from '../stores/session/selectors';
import { uiSelectors } from '../stores/ui/selectors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 變更密碼: any signed-in person changes their own password. */
export const ChangePasswordDialog = () => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const open = useAppStore(uiSelectors.changePasswordOpen);
  const setOpen = useAppStore(uiSelectors.setChangePasswordOpen);
  const changePassword = useAppStore(sessionSelectors.changePassword);
  if (!open) return null;
  return (
    <FormModal<Values>
      name="changePassword"
      title={t('password.title')}
      width={440}
      firstField="currentPassword"
      onClose={() => setOpen(false)}
      onSubmit={async (v) => {
        const res = await changePassword(v.currentPassword, v.newPassword);
        if (res.ok) {
          void message.success(t('password.changed'));
          return null;
        }
        const wrongCurrent = res.error.code === 'bad_credentials';
        return {
          message: describeError(res.error, t, { bad_credentials: 'error.current_password_wrong' }),
          ...(wrongCurrent ? { field: 'currentPassword' } : {}),
        };
      }}
    >
      <Form.Item name="currentPassword" label={t('password.current')} rules={[r.requiredValue(t('password.current'))]}>
        <Input.Password autoFocus maxLength={256} autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('setup.passwordHelp', { min: PASSWORD_MIN })}
        rules={r.newPassword(t('password.new'))}
      >
        <Input.Password maxLength={128} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={r.confirm('newPassword', t('password.confirm'))}
      >
        <Input.Password maxLength={128} autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
};
