import type { MessageKey } from '../i18n/dictionary';

/** 1–5 as the form prints them: 5 非常滿意 … 1 非常不滿意. */
const SATISFACTION: Readonly<Record<number, MessageKey>> = {
  5: 'satisfaction.5',
  4: 'satisfaction.4',
  3: 'satisfaction.3',
  2: 'satisfaction.2',
  1: 'satisfaction.1',
};

export const satisfactionKey = (n: number | null): MessageKey => (n === null ? 'satisfaction.none' : (SATISFACTION[n] ?? 'satisfaction.none'));
