import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { printingSelectors } from '../stores/printing/selectors';
import type { PrinterProfile } from '../stores/printing/slice';

/** 列印標籤 on the default label printer, or ▾ on another label printer of this computer. */
export const PrintLabelButton = ({
  busy,
  onPrint,
}: {
  busy: boolean;
  /** null: the default label printer. */
  onPrint: (profile: PrinterProfile | null) => void;
}) => {
  const t = useT();
  const printers = useAppStore(useShallow(printingSelectors.labelPrinters));
  const loadProfiles = useAppStore(printingSelectors.loadProfiles);
  useEffect(() => {
    void loadProfiles();
  }, [loadProfiles]);
  return (
    <Space.Compact>
      <Button type="primary" icon={<PrinterOutlined />} loading={busy} onClick={() => onPrint(null)} data-testid="case-print-label">
        {t('case.printLabel')}
      </Button>
      <Dropdown
        trigger={['click']}
        disabled={busy || printers.length === 0}
        menu={{
          items: printers.map((p) => ({
            key: p.id,
            label: (
              <span data-testid="print-on-option">
                {p.name}
                {p.defaultLabel ? (
                  <Tag color="blue" style={{ marginLeft: 8 }}>
                    {t('printers.defaultLabel')}
                  </Tag>
                ) : null}
              </span>
            ),
          })),
          onClick: ({ key }) => {
            const p = printers.find((x) => x.id === key);
            if (p) onPrint(p);
          },
        }}
      >
        <Button type="primary" icon={<DownOutlined />} aria-label={t('case.printOn')} title={t('case.printOn')} data-testid="case-print-on" />
      </Dropdown>
    </Space.Compact>
  );
};
