import { App, Checkbox, Flex, Form, Input, Select, Switch } from 'antd';
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ROLES } from '../../../shared/domain/roles';
import type { Role } from '../../../shared/domain/roles';
import { FormModal } from '../components/FormModal';
import { PASSWORD_MIN, rules } from '../forms/rules';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import type { StaffRow } from '../stores/reference/slice';

interface Values {
  name: string;
  username: string;
  unitId: string;
  roles: Role[];
  active: boolean;
  password?: string;
  confirm?: string;
}

const HALF = { flex: 1, minWidth: 0 };

/**
 * Add or edit a staff member. A new one may get an initial password in the same step; if the
 * password is refused after the person was saved, the dialog stays open on the saved record.
 */
export const StaffFormModal = ({ staff, onClose }: { staff: StaffRow | null; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const units = useAppStore(useShallow(referenceSelectors.unitsSorted));
  const saveStaff = useAppStore(referenceSelectors.saveStaff);
  const setStaffPassword = useAppStore(referenceSelectors.setStaffPassword);
  const createdId = useRef<string | null>(null);
  const isNew = staff === null;
  const initial: Partial<Values> = staff ?? { roles: [], active: true };
  // Inactive units are offered only when the person already belongs to one.
  const unitOptions = units
    .filter((u) => u.active || u.id === staff?.unitId)
    .map((u) => ({ value: u.id, label: u.name }));

  const submit = async (v: Values) => {
    const id = staff?.id ?? createdId.current;
    const res = await saveStaff({
      ...(id ? { id } : {}),
      unitId: v.unitId,
      name: v.name.trim(),
      username: v.username.trim(),
      roles: ROLES.filter((role) => v.roles.includes(role)),
      active: v.active,
    });
    if (!res.ok) {
      return { message: describeError(res.error, t), ...(res.error.reason === 'USERNAME_TAKEN' ? { field: 'username' } : {}) };
    }
    createdId.current = res.value.id;
    if (isNew && v.password) {
      const pw = await setStaffPassword(res.value.id, v.password);
      if (!pw.ok) return { message: t('staff.savedNoPassword', { reason: describeError(pw.error, t) }), field: 'password' };
    }
    void message.success(t('common.saved'));
    return null;
  };

  return (
    <FormModal<Values>
      name="staff"
      title={isNew ? t('staff.addTitle') : t('staff.editTitle')}
      width={600}
      firstField="name"
      initialValues={initial}
      onClose={onClose}
      onSubmit={submit}
    >
      <Flex gap={16}>
        <Form.Item name="name" label={t('staff.name')} rules={r.name(t('staff.name'))} style={HALF}>
          <Input autoFocus maxLength={100} />
        </Form.Item>
        <Form.Item name="username" label={t('staff.username')} rules={r.username(t('staff.username'))} style={HALF}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item name="unitId" label={t('staff.unit')} rules={[r.select(t('staff.unit'))]} style={HALF}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
        </Form.Item>
        <Form.Item name="active" label={t('staff.activeToggle')} valuePropName="checked" style={HALF}>
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="roles"
        label={t('staff.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('validation.rolesRequired') }]}
      >
        <Checkbox.Group options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
      </Form.Item>
      {isNew ? (
        <Flex gap={16}>
          <Form.Item
            name="password"
            label={t('staff.initialPassword')}
            tooltip={t('staff.initialPasswordHelp', { min: PASSWORD_MIN })}
            rules={r.newPassword(t('staff.initialPassword'), true)}
            style={HALF}
          >
            <Input.Password maxLength={128} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('staff.initialPasswordConfirm')}
            dependencies={['password']}
            rules={r.confirm('password', t('staff.initialPasswordConfirm'), true)}
            style={HALF}
          >
            <Input.Password maxLength={128} autoComplete="new-password" />
          </Form.Item>
        </Flex>
      ) : null}
    </FormModal>
  );
};
