import { Modal, Table } from 'antd';
import { Kbd } from '../components/Kbd';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { uiSelectors } from '../stores/ui/selectors';
import { shortcutLabel } from './areas';
import type { Area } from './areas';

/** 快捷鍵說明: the shortcuts that work for this person. */
export const ShortcutsDialog = ({ areas }: { areas: readonly Area[] }) => {
  const t = useT();
  const open = useAppStore(uiSelectors.shortcutsOpen);
  const setOpen = useAppStore(uiSelectors.setShortcutsOpen);
  const rows = [
    ...areas.map((a) => ({
      key: a.key,
      keys: shortcutLabel(a),
      does: a.key === 'home' ? t('shortcuts.home') : t('shortcuts.area', { area: t(a.label) }),
    })),
    { key: 'lock', keys: 'Ctrl+L', does: t('shortcuts.lock') },
    { key: 'submit', keys: 'Enter', does: t('shortcuts.submit') },
  ];
  return (
    <Modal
      open={open}
      title={t('shortcuts.title')}
      onCancel={() => setOpen(false)}
      footer={null}
      width={440}
      destroyOnHidden
    >
      <Table
        size="small"
        pagination={false}
        showHeader={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { key: 'keys', dataIndex: 'keys', width: 110, render: (k: string) => <Kbd keys={k} /> },
          { key: 'does', dataIndex: 'does' },
        ]}
      />
      <p style={{ margin: '12px 0 0', color: '#6b7a8c', fontSize: 12 }}>{t('shortcuts.note')}</p>
    </Modal>
  );
};
