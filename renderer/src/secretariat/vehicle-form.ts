import type { FormRule } from 'antd';
import type { VehicleRequestInput } from '../../../shared/ipc/contract-visits';
import { formatDayKeyShort, formatHm, hmOnDay } from '../format/time';
import type { Translate } from '../i18n/translate';

/** The 使用汽車申請單 as the form holds it: Taiwan days and times, passengers as typed. */
export interface VehicleValues {
  unitId: string;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  destination: string;
  purpose: string;
  passengers: string[];
  driverNeeded: boolean;
  preferredVehicleId?: string | null;
}

const TAIPEI_MS = 8 * 3_600_000;
const dayOf = (iso: string) => new Date(Date.parse(iso) + TAIPEI_MS).toISOString().slice(0, 10);

/** The form's values for a prefilled (or saved) request. */
export const vehicleValues = (r: VehicleRequestInput): VehicleValues => ({
  unitId: r.unitId,
  startDay: dayOf(r.startAt),
  startTime: formatHm(r.startAt),
  endDay: dayOf(r.endAt),
  endTime: formatHm(r.endAt),
  destination: r.destination,
  purpose: r.purpose,
  passengers: [...r.passengers],
  driverNeeded: r.driverNeeded,
  preferredVehicleId: r.preferredVehicleId,
});

/** The call for the form's values; null when a day or time cannot be read. */
export const vehicleInput = (v: VehicleValues, visitId: string | null): VehicleRequestInput | null => {
  const startAt = hmOnDay(v.startDay, v.startTime);
  const endAt = hmOnDay(v.endDay || v.startDay, v.endTime);
  if (!startAt || !endAt) return null;
  return {
    visitId,
    unitId: v.unitId,
    startAt,
    endAt,
    destination: v.destination.trim(),
    purpose: v.purpose.trim(),
    passengers: [...new Set(v.passengers.map((p) => p.trim()).filter((p) => p !== ''))],
    driverNeeded: v.driverNeeded,
    preferredVehicleId: v.preferredVehicleId ?? null,
  };
};

/** 115/12/03 09:00–12:00, or across days 115/12/03 09:00 – 115/12/04 17:00. */
export const formatSpan = (startAt: string, endAt: string): string => {
  const [d1, d2] = [dayOf(startAt), dayOf(endAt)];
  return d1 === d2
    ? `${formatDayKeyShort(d1)} ${formatHm(startAt)}–${formatHm(endAt)}`
    : `${formatDayKeyShort(d1)} ${formatHm(startAt)} – ${formatDayKeyShort(d2)} ${formatHm(endAt)}`;
};

/** Riders: passengers plus the driver when one is asked for (as main counts them against the seats). */
export const ridersOf = (r: { passengers: readonly string[]; driverNeeded: boolean }): number =>
  r.passengers.length + (r.driverNeeded ? 1 : 0);

/** The end after the start, and the start not passed (main refuses both). */
export const vehicleRules = (t: Translate, now: () => number) => ({
  end: (({ getFieldValue }) => ({
    validator: () => {
      const s = hmOnDay(String(getFieldValue('startDay') ?? ''), String(getFieldValue('startTime') ?? ''));
      const e = hmOnDay(String(getFieldValue('endDay') || getFieldValue('startDay') || ''), String(getFieldValue('endTime') ?? ''));
      return !s || !e || Date.parse(e) > Date.parse(s) ? Promise.resolve() : Promise.reject(new Error(t('vreq.endBeforeStart')));
    },
  })) satisfies FormRule as FormRule,
  start: (({ getFieldValue }) => ({
    validator: () => {
      const s = hmOnDay(String(getFieldValue('startDay') ?? ''), String(getFieldValue('startTime') ?? ''));
      return !s || Date.parse(s) >= now() ? Promise.resolve() : Promise.reject(new Error(t('vreq.inPast')));
    },
  })) satisfies FormRule as FormRule,
});

const FIELD_OF: Readonly<Record<string, keyof VehicleValues>> = {
  ENDS_BEFORE_START: 'endTime',
  REQUEST_IN_PAST: 'startTime',
  VEHICLE_OVERLAP: 'preferredVehicleId',
  VEHICLE_INACTIVE: 'preferredVehicleId',
  UNKNOWN_VEHICLE: 'preferredVehicleId',
  UNKNOWN_UNIT: 'unitId',
};
export const fieldOfVehicleError = (reason: string | undefined): keyof VehicleValues | undefined =>
  reason ? FIELD_OF[reason] : undefined;
