import { DeleteOutlined, FolderOpenOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PRODUCT_CATEGORIES } from '../../../shared/domain/inspection-case';
import type { ProductCategory } from '../../../shared/domain/inspection-case';
import type { RegulationOut } from '../../../shared/ipc/contract-visits';
import { FormModal } from '../components/FormModal';
import { formatDayKeyShort } from '../format/time';
import { rules } from '../forms/rules';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { visitsSelectors } from '../stores/visits/selectors';
import { describeVisitError } from '../visits/visit-errors';
import { TableToolbar } from './TableToolbar';

interface Values {
  title: string;
  number: string;
  version: string;
  effectiveDate: string;
  category: ProductCategory;
  filePath?: string;
}
const HALF = { flex: 1, minWidth: 0 };
const fileName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/** The file field: a button that opens main's file dialog (PDF filter); main reads and checks the file on save. */
const FilePicker = ({ value, onChange, current }: { value?: string; onChange?: (v: string) => void; current: string | null }) => {
  const t = useT();
  const pick = useAppStore(visitsSelectors.pickRegulationFile);
  const [error, setError] = useState<string | null>(null);
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="center">
        <Button
          icon={<FolderOpenOutlined />}
          onClick={async () => {
            setError(null);
            const r = await pick();
            if (!r.ok) setError(describeVisitError(r.error, t));
            else if (r.value.path) onChange?.(r.value.path);
          }}
          data-testid="regulation-pick"
        >
          {t('reg.pick')}
        </Button>
        <Typography.Text type="secondary" className="bd-ellipsis" data-testid="regulation-file">
          {value ? t('reg.picked', { name: fileName(value) }) : current ? t('reg.keepFile', { name: current }) : ''}
        </Typography.Text>
      </Flex>
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
    </Flex>
  );
};

const RegulationFormModal = ({ regulation, onClose }: { regulation: RegulationOut | null; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const save = useAppStore(visitsSelectors.saveRegulation);
  return (
    <FormModal<Values>
      name="regulation"
      title={regulation ? t('reg.edit', { number: regulation.number }) : t('reg.add')}
      width={620}
      firstField="title"
      initialValues={regulation ?? { category: 'electrical', version: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await save({
          ...(regulation ? { id: regulation.id } : {}),
          title: v.title.trim(),
          number: v.number.trim(),
          version: (v.version ?? '').trim(),
          effectiveDate: v.effectiveDate,
          category: v.category,
          ...(v.filePath ? { filePath: v.filePath } : {}),
        });
        if (res.ok) {
          void message.success(t('reg.saved'));
          return null;
        }
        const fileProblem = ['REGULATION_NOT_PDF', 'REGULATION_FILE_UNREADABLE', 'REGULATION_TOO_LARGE'].includes(res.error.reason ?? '');
        return { message: describeVisitError(res.error, t), ...(fileProblem ? { field: 'filePath' } : {}) };
      }}
    >
      <Form.Item name="title" label={t('reg.title')} rules={[r.required(t('reg.title')), { max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="number" label={t('reg.number')} rules={[r.required(t('reg.number')), { max: 60, message: t('validation.maxLength', { max: 60 }) }]} style={HALF}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="version" label={t('reg.version')} rules={[{ max: 40, message: t('validation.maxLength', { max: 40 }) }]} style={HALF}>
          <Input maxLength={40} />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="effectiveDate" label={t('reg.effective')} rules={[r.requiredValue(t('reg.effective'))]} style={HALF}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="category" label={t('reg.category')} rules={[r.select(t('reg.category'))]} style={HALF}>
          <Select options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
      </Flex>
      <Form.Item name="filePath" label={t('reg.file')} rules={regulation ? [] : [{ required: true, message: t('reg.fileRequired') }]}>
        <FilePicker current={regulation?.fileName ?? null} />
      </Form.Item>
    </FormModal>
  );
};

/** 法規資料庫 (admin): regulations and technical specifications, each with its PDF, by product category. */
export const RegulationsTab = () => {
  const t = useT();
  const { message } = App.useApp();
  const rows = useAppStore(visitsSelectors.regulations);
  const load = useAppStore(visitsSelectors.loadRegulations);
  const remove = useAppStore(visitsSelectors.removeRegulation);
  const [category, setCategory] = useState<ProductCategory | null>(null);
  const [editing, setEditing] = useState<RegulationOut | 'new' | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const shown = (rows ?? []).filter((x) => category === null || x.category === category);
  return (
    <>
      <TableToolbar
        left={
          <Select<ProductCategory | ''>
            style={{ width: 160 }}
            value={category ?? ''}
            onChange={(v) => setCategory(v || null)}
            options={[{ value: '', label: t('reg.filterAll') }, ...PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))]}
            aria-label={t('reg.category')}
          />
        }
        count={t('reg.count', { count: shown.length })}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="regulation-add">
            {t('reg.add')}
          </Button>
        }
      />
      <Table<RegulationOut>
        size="small"
        rowKey="id"
        loading={rows === null}
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
        tableLayout="fixed"
        locale={{ emptyText: t('reg.empty') }}
        data-testid="regulations-table"
        columns={[
          { key: 'number', title: t('reg.number'), dataIndex: 'number', width: 150, ellipsis: true, className: 'bd-mono' },
          { key: 'title', title: t('reg.title'), dataIndex: 'title', ellipsis: true },
          { key: 'version', title: t('reg.version'), dataIndex: 'version', width: 90, ellipsis: true },
          { key: 'effective', title: t('reg.effective'), width: 100, render: (_, x) => formatDayKeyShort(x.effectiveDate) },
          { key: 'category', title: t('reg.category'), width: 100, render: (_, x) => t(`category.${x.category}`) },
          {
            key: 'file',
            title: t('reg.file'),
            width: 200,
            render: (_, x) => (
              <>
                <div className="bd-ellipsis" style={{ display: 'block' }} title={x.fileName}>
                  {x.fileName}
                </div>
                {x.fileAvailable ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {t('reg.size', { kb: Math.max(1, Math.round(x.fileBytes / 1024)) })}
                  </Typography.Text>
                ) : (
                  <Tag color="orange">{t('reg.fileMissing')}</Tag>
                )}
              </>
            ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 130,
            render: (_, x) => (
              <Flex gap={4}>
                <Button type="link" size="small" onClick={() => setEditing(x)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('reg.removeConfirm', { title: x.title })}
                  okText={t('reg.remove')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={async () => {
                    const res = await remove(x.id);
                    if (res.ok) void message.success(t('reg.removed'));
                    else void message.error(describeVisitError(res.error, t), 8);
                  }}
                >
                  <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('reg.remove')} />
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      {editing ? <RegulationFormModal regulation={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};
