import { PARAMETER_KEYS, PARAMETER_RANGES } from '../../../shared/domain/reference';
import type { ParameterKey } from '../../../shared/domain/reference';
import type { MessageKey } from '../i18n/dictionary';
import type { Translate } from '../i18n/translate';

/** How each parameter is named and shown. Typed per key, so a new parameter must be given words. */
const PARAMETER_TEXT: Record<ParameterKey, { label: MessageKey; unit: MessageKey; value: MessageKey }> = {
  'citizen.hourlyWage': { label: 'param.citizen.hourlyWage', unit: 'paramUnit.NTD/h', value: 'paramValue.NTD/h' },
  'citizen.hoursPerTrip': { label: 'param.citizen.hoursPerTrip', unit: 'paramUnit.h', value: 'paramValue.h' },
  'citizen.farePerTrip': { label: 'param.citizen.farePerTrip', unit: 'paramUnit.NTD', value: 'paramValue.NTD' },
  'seal.hoursSavedPerBatch': { label: 'param.seal.hoursSavedPerBatch', unit: 'paramUnit.h', value: 'paramValue.h' },
  'session.idleLockMinutes': { label: 'param.session.idleLockMinutes', unit: 'paramUnit.min', value: 'paramValue.min' },
  'vehicle.bufferMinutes': { label: 'param.vehicle.bufferMinutes', unit: 'paramUnit.min', value: 'paramValue.min' },
};

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

export interface ParameterView {
  key: ParameterKey;
  label: string;
  unit: string;
  value: number | undefined;
  display: string;
  min: number;
  max: number;
  range: string;
}

export const parameterView = (key: ParameterKey, value: number | undefined, t: Translate): ParameterView => {
  const text = PARAMETER_TEXT[key];
  const { min, max } = PARAMETER_RANGES[key];
  return {
    key,
    label: t(text.label),
    unit: t(text.unit),
    value,
    display: value === undefined ? '—' : t(text.value, { value: number(value) }),
    min,
    max,
    range: `${number(min)} – ${number(max)} ${t(text.unit)}`,
  };
};

export const ALL_PARAMETER_KEYS = PARAMETER_KEYS;
