import { Flex, Layout, Menu, Tooltip } from 'antd';
import type { MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { Kbd } from '../components/Kbd';
import { useT } from '../i18n/use-t';
import { AreaIcon } from './area-icons';
import { areaOfPath, shortcutLabel } from './areas';
import type { Area } from './areas';

/** The left navigation: only the areas the person's roles may use, each with its Alt shortcut. */
export const SideNav = ({ areas }: { areas: readonly Area[] }) => {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = areaOfPath(pathname)?.key;
  const items: MenuProps['items'] = areas.map((a) => ({
    key: a.key,
    icon: <AreaIcon area={a.key} />,
    label: (
      <Tooltip title={t('nav.shortcut', { keys: shortcutLabel(a) })} placement="right" mouseEnterDelay={0.6}>
        <Flex align="center" justify="space-between" gap={8} data-testid={`nav-${a.key}`}>
          <span className="bd-ellipsis" style={{ minWidth: 0 }}>
            {t(a.label)}
          </span>
          <span style={{ flex: 'none', display: 'inline-flex' }}>
            <Kbd keys={shortcutLabel(a)} />
          </span>
        </Flex>
      </Tooltip>
    ),
  }));
  return (
    <Layout.Sider width={212} style={{ borderRight: '1px solid #dde3ea', overflow: 'auto' }}>
      <nav aria-label={t('nav.label')}>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected] : []}
          onClick={({ key }) => {
            const area = areas.find((a) => a.key === key);
            if (area) void navigate(area.path);
          }}
          style={{ borderInlineEnd: 'none', paddingTop: 8 }}
        />
      </nav>
    </Layout.Sider>
  );
};
