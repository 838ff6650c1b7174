import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Switch, Table, Tag, Tooltip } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import type { StaffRow } from '../stores/reference/slice';
import { DemoTag } from './ActiveTag';
import { StaffFormModal } from './StaffFormModal';
import { StaffPasswordModal } from './StaffPasswordModal';
import { TableToolbar } from './TableToolbar';

/** 人員: staff with unit and roles; add, edit, (de)activate, set a password. */
export const StaffTab = () => {
  const t = useT();
  const { message } = App.useApp();
  const staff = useAppStore(useShallow(referenceSelectors.staffSorted));
  const units = useAppStore(useShallow(referenceSelectors.unitsSorted));
  const unitNames = useAppStore(useShallow(referenceSelectors.unitNames));
  const loaded = useAppStore(referenceSelectors.staffLoaded);
  const loadStaff = useAppStore(referenceSelectors.loadStaff);
  const saveStaff = useAppStore(referenceSelectors.saveStaff);
  const [editing, setEditing] = useState<StaffRow | 'new' | null>(null);
  const [passwordFor, setPasswordFor] = useState<StaffRow | null>(null);
  const [unitFilter, setUnitFilter] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [toggling, setToggling] = useState<string | null>(null);

  useEffect(() => {
    void loadStaff();
  }, [loadStaff]);

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return staff.filter(
      (s) =>
        (unitFilter === null || s.unitId === unitFilter) &&
        (q === '' || s.name.toLowerCase().includes(q) || s.username.includes(q)),
    );
  }, [staff, unitFilter, search]);

  const toggleActive = async (s: StaffRow, active: boolean) => {
    setToggling(s.id);
    const res = await saveStaff({ id: s.id, unitId: s.unitId, name: s.name, username: s.username, roles: s.roles, active });
    setToggling(null);
    if (!res.ok) void message.error(describeError(res.error, t), 8);
  };

  return (
    <>
      <TableToolbar
        left={
          <>
            <Select<string | null>
              style={{ width: 180 }}
              value={unitFilter}
              onChange={setUnitFilter}
              aria-label={t('staff.filterUnit')}
              options={[
                { value: null, label: t('common.all') },
                ...units.map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
            <Input
              allowClear
              style={{ width: 220 }}
              prefix={<SearchOutlined />}
              placeholder={t('staff.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </>
        }
        count={t('staff.count', { count: rows.length })}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="staff-add">
            {t('staff.add')}
          </Button>
        }
      />
      <Table<StaffRow>
        size="small"
        rowKey="id"
        loading={!loaded}
        dataSource={rows}
        tableLayout="fixed"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
        columns={[
          {
            key: 'name',
            title: t('staff.name'),
            ellipsis: { showTitle: false },
            render: (_, s) => (
              <Space size={4} style={{ maxWidth: '100%' }}>
                <Tooltip title={s.name} placement="topLeft">
                  <span className="bd-ellipsis" style={{ maxWidth: 220 }} data-testid="staff-name">
                    {s.name}
                  </span>
                </Tooltip>
                {s.demo ? <DemoTag /> : null}
              </Space>
            ),
          },
          { key: 'username', title: t('staff.username'), dataIndex: 'username', width: 140, ellipsis: true, className: 'bd-mono' },
          { key: 'unit', title: t('staff.unit'), width: 120, ellipsis: true, render: (_, s) => unitNames[s.unitId] ?? s.unitId },
          {
            key: 'roles',
            title: t('staff.roles'),
            width: 230,
            render: (_, s) => (
              <Space size={[0, 4]} wrap>
                {s.roles.map((role) => (
                  <Tag key={role} color={role === 'admin' ? 'blue' : 'default'}>
                    {t(`role.${role}`)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'active',
            title: t('common.status'),
            width: 92,
            render: (_, s) => (
              <Switch
                size="small"
                checked={s.active}
                loading={toggling === s.id}
                checkedChildren={t('common.active')}
                unCheckedChildren={t('common.inactive')}
                aria-label={t('staff.activeToggle')}
                onChange={(v) => void toggleActive(s, v)}
              />
            ),
          },
          {
            key: 'password',
            title: t('staff.password'),
            width: 84,
            render: (_, s) =>
              s.hasPassword ? <Tag color="green">{t('staff.passwordSet')}</Tag> : <Tag>{t('staff.passwordNotSet')}</Tag>,
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 150,
            render: (_, s) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(s)}>
                  {t('common.edit')}
                </Button>
                <Button type="link" size="small" onClick={() => setPasswordFor(s)}>
                  {t('staff.setPassword')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing ? <StaffFormModal staff={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      {passwordFor ? <StaffPasswordModal staff={passwordFor} onClose={() => setPasswordFor(null)} /> : null}
    </>
  );
};
