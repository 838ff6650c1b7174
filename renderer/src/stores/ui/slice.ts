import { DEFAULT_LOCALE, isLocale } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/dictionary';
import type { SliceGet, SliceSet, StoreDeps } from '../types';

export const LOCALE_STORAGE_KEY = 'branchdesk.locale';

/** UI preferences and which app-wide dialogs are open. Nothing here comes from main. */
export interface UiSlice {
  locale: Locale;
  changePasswordOpen: boolean;
  shortcutsOpen: boolean;
  setLocale(locale: Locale): void;
  setChangePasswordOpen(open: boolean): void;
  setShortcutsOpen(open: boolean): void;
}

const readLocale = (storage: StoreDeps['storage']): Locale => {
  try {
    const v = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(v) ? v : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
};

export const createUiSlice =
  (deps: StoreDeps) =>
  (set: SliceSet, _get: SliceGet): UiSlice => ({
    locale: readLocale(deps.storage),
    changePasswordOpen: false,
    shortcutsOpen: false,
    setLocale(locale) {
      set({ locale });
      try {
        deps.storage?.setItem(LOCALE_STORAGE_KEY, locale);
      } catch {
        // A full or disabled storage only costs the preference, never the switch itself.
      }
    },
    setChangePasswordOpen: (open) => set({ changePasswordOpen: open }),
    setShortcutsOpen: (open) => set({ shortcutsOpen: open }),
  });
