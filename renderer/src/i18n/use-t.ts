import { useMemo } from 'react';
import { useAppStore } from '../stores/app-store';
import { uiSelectors } from '../stores/ui/selectors';
import { translatorFor } from './translate';
import type { Translate } from './translate';

/** The translator for the current UI language; components re-render when it changes. */
export const useT = (): Translate => {
  const locale = useAppStore(uiSelectors.locale);
  return useMemo(() => translatorFor(locale), [locale]);
};
