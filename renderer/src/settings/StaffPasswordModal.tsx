import { App, Form, Input } from 'antd';
import { FormModal } from '../components/FormModal';
import { PASSWORD_MIN, rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import type { StaffRow } from '../stores/reference/slice';

interface Values {
  password: string;
  confirm: string;
}

/** An administrator sets (or resets) someone's password. */
export const StaffPasswordModal = ({ staff, onClose }: { staff: StaffRow; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const setStaffPassword = useAppStore(referenceSelectors.setStaffPassword);
  return (
    <FormModal<Values>
      name="staffPassword"
      title={t('staff.setPasswordTitle', { name: staff.name })}
      width={440}
      firstField="password"
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await setStaffPassword(staff.id, v.password);
        if (!res.ok) return { message: describeError(res.error, t) };
        void message.success(t('staff.setPasswordDone', { name: staff.name }));
        return null;
      }}
    >
      <Form.Item
        name="password"
        label={t('password.new')}
        extra={t('setup.passwordHelp', { min: PASSWORD_MIN })}
        rules={r.newPassword(t('password.new'))}
      >
        <Input.Password autoFocus maxLength={128} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['password']}
        rules={r.confirm('password', t('password.confirm'))}
      >
        <Input.Password maxLength={128} autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
};
