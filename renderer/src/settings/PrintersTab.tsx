import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { PrintOutcomeAlert } from '../printing/PrintOutcomeAlert';
import { usePrintOutcome } from '../printing/use-print-outcome';
import { useAppStore } from '../stores/app-store';
import { printingSelectors } from '../stores/printing/selectors';
import type { PrinterProfile } from '../stores/printing/slice';
import { PrinterFormModal } from './PrinterFormModal';
import { PublicUrlCard } from './PublicUrlCard';

/** Where a profile sends: host:port, the queue, or the folder. */
const destination = (p: PrinterProfile): string =>
  p.transport === 'tcp9100' ? `${p.host ?? ''}:${p.port ?? 9100}` : p.transport === 'pdf_file' ? (p.directory ?? '') : (p.queue ?? '');

/** 印表機與標籤: the public address for QR labels, and this computer's printers with a test print each. */
export const PrintersTab = () => {
  const t = useT();
  const { message } = App.useApp();
  const profiles = useAppStore(printingSelectors.profiles);
  const loaded = useAppStore(printingSelectors.profilesLoaded);
  const error = useAppStore(printingSelectors.error);
  const loadProfiles = useAppStore(printingSelectors.loadProfiles);
  const deleteProfile = useAppStore(printingSelectors.deleteProfile);
  const testPrint = useAppStore(printingSelectors.testPrint);
  const { outcome, run, clear } = usePrintOutcome();
  const [editing, setEditing] = useState<PrinterProfile | 'new' | null>(null);

  useEffect(() => {
    void loadProfiles();
  }, [loadProfiles]);

  const remove = async (p: PrinterProfile) => {
    const r = await deleteProfile(p.id);
    if (r.ok) void message.success(t('printers.deleted'));
    else void message.error(describeError(r.error, t), 8);
  };

  return (
    <>
      <PublicUrlCard />
      <Card
        size="small"
        title={t('printers.list')}
        extra={
          <Flex gap={12} align="center">
            <Typography.Text type="secondary">{t('printers.count', { count: profiles.length })}</Typography.Text>
            <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="printer-add">
              {t('printers.add')}
            </Button>
          </Flex>
        }
        styles={{ body: { padding: outcome.job || outcome.error || outcome.sendingTo ? '12px 12px 0' : 0 } }}
      >
        {error ? <Typography.Paragraph type="danger">{describeError(error, t)}</Typography.Paragraph> : null}
        <PrintOutcomeAlert outcome={outcome} run={run} onClose={clear} />
        <Table<PrinterProfile>
          size="small"
          rowKey="id"
          loading={!loaded}
          dataSource={profiles}
          tableLayout="fixed"
          pagination={false}
          locale={{ emptyText: t('printers.empty') }}
          data-testid="printers"
          columns={[
            {
              key: 'name',
              title: t('printers.col.name'),
              render: (_, p) => (
                <Flex gap={6} align="center" wrap style={{ minWidth: 0 }}>
                  <span className="bd-ellipsis" title={p.name}>
                    {p.name}
                  </span>
                  {p.defaultLabel ? <Tag color="blue">{t('printers.defaultLabel')}</Tag> : null}
                  {p.defaultA4 ? <Tag color="geekblue">{t('printers.defaultA4')}</Tag> : null}
                </Flex>
              ),
            },
            { key: 'kind', title: t('printers.col.kind'), width: 100, render: (_, p) => t(`printerKind.${p.kind}`) },
            {
              key: 'connection',
              title: t('printers.col.connection'),
              width: 250,
              render: (_, p) => (
                <span className="bd-ellipsis" title={destination(p)}>
                  <Tag style={{ marginInlineEnd: 6 }}>{t(`transportShort.${p.transport}`)}</Tag>
                  <span className="bd-mono">{destination(p)}</span>
                </span>
              ),
            },
            {
              key: 'format',
              title: t('printers.col.format'),
              width: 120,
              render: (_, p) => `${p.language.toUpperCase()}${p.kind === 'label' ? ` · ${p.dpi} dpi` : ''}`,
            },
            {
              key: 'size',
              title: t('printers.col.size'),
              width: 110,
              render: (_, p) => (p.kind === 'a4' ? 'A4' : `${p.widthMm} × ${p.heightMm} mm`),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 210,
              render: (_, p) => (
                <Flex gap={2}>
                  <Button
                    type="link"
                    size="small"
                    disabled={outcome.sendingTo !== null}
                    onClick={() => void run(p.name, () => testPrint(p.id))}
                    data-testid="printer-test"
                  >
                    {t('printers.test')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setEditing(p)} data-testid="printer-edit">
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('printers.deleteConfirm', { name: p.name })}
                    okText={t('printers.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => void remove(p)}
                  >
                    <Button type="link" size="small" danger>
                      {t('printers.delete')}
                    </Button>
                  </Popconfirm>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {editing ? <PrinterFormModal profile={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};
