import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Form, Input, InputNumber, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { Vehicle } from '../../../shared/domain/vehicle';
import { DEFAULT_VEHICLE_BUFFER_MINUTES } from '../../../shared/mutations/vehicles';
import { FormModal } from '../components/FormModal';
import { rules } from '../forms/rules';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { vehiclesSelectors } from '../stores/vehicles/selectors';
import { describeVisitError } from '../visits/visit-errors';
import { TableToolbar } from './TableToolbar';

type Values = Omit<Vehicle, 'id'>;
const HALF = { flex: 1, minWidth: 0 };

const VehicleFormModal = ({ vehicle, onClose }: { vehicle: Vehicle | null; onClose: () => void }) => {
  const t = useT();
  const r = rules(t);
  const { message } = App.useApp();
  const save = useAppStore(vehiclesSelectors.saveVehicle);
  return (
    <FormModal<Values>
      name="vehicle"
      title={vehicle ? t('fleet.edit', { plate: vehicle.plate }) : t('fleet.add')}
      firstField="plate"
      initialValues={vehicle ?? { plate: '', model: '', seats: 5, active: true }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await save({ ...(vehicle ? { id: vehicle.id } : {}), plate: v.plate.trim().toUpperCase(), model: (v.model ?? '').trim(), seats: v.seats, active: v.active });
        if (res.ok) {
          void message.success(t('fleet.saved'));
          return null;
        }
        return { message: describeVisitError(res.error, t), ...(res.error.reason === 'PLATE_TAKEN' ? { field: 'plate' } : {}) };
      }}
    >
      <Flex gap={12}>
        <Form.Item
          name="plate"
          label={t('fleet.plate')}
          extra={t('fleet.plateHint')}
          rules={[r.required(t('fleet.plate')), { min: 2, max: 12, message: t('validation.maxLength', { max: 12 }) }]}
          style={HALF}
        >
          <Input maxLength={12} className="bd-mono" />
        </Form.Item>
        <Form.Item name="seats" label={t('fleet.seats')} rules={[r.requiredValue(t('fleet.seats'))]} style={HALF}>
          <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="model" label={t('fleet.model')} rules={[{ max: 40, message: t('validation.maxLength', { max: 40 }) }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="active" valuePropName="checked">
        <Checkbox>{t('fleet.active')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
};

/** 公務車 (admin): the fleet the secretariat assigns from: plate, model, seats, in service or not. */
export const FleetTab = () => {
  const t = useT();
  const fleet = useAppStore(vehiclesSelectors.fleet);
  const load = useAppStore(vehiclesSelectors.loadFleet);
  const buffer = useAppStore(referenceSelectors.parameter('vehicle.bufferMinutes')) ?? DEFAULT_VEHICLE_BUFFER_MINUTES;
  const [editing, setEditing] = useState<Vehicle | 'new' | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const rows = [...(fleet ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || a.plate.localeCompare(b.plate));
  return (
    <>
      <TableToolbar
        count={t('fleet.count', { count: rows.length })}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="fleet-add">
            {t('fleet.add')}
          </Button>
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 10 }} title={t('fleet.buffer', { minutes: buffer })} />
      <Table<Vehicle>
        size="small"
        rowKey="id"
        loading={fleet === null}
        dataSource={rows}
        pagination={false}
        tableLayout="fixed"
        locale={{ emptyText: t('fleet.empty') }}
        data-testid="fleet-table"
        columns={[
          { key: 'plate', title: t('fleet.plate'), dataIndex: 'plate', width: 140, className: 'bd-mono' },
          { key: 'model', title: t('fleet.model'), ellipsis: true, render: (_, v) => v.model || '—' },
          { key: 'seats', title: t('fleet.seats'), dataIndex: 'seats', width: 90, align: 'right' },
          {
            key: 'status',
            title: t('fleet.status'),
            width: 180,
            render: (_, v) => (v.active ? <Tag color="green">{t('fleet.active')}</Tag> : <Tag>{t('fleet.inactive')}</Tag>),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 90,
            render: (_, v) => (
              <Button type="link" size="small" onClick={() => setEditing(v)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? <VehicleFormModal vehicle={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};
