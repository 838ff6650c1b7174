import type { AppState } from '../types';

export const uiSelectors = {
  locale: (s: AppState) => s.locale,
  setLocale: (s: AppState) => s.setLocale,
  changePasswordOpen: (s: AppState) => s.changePasswordOpen,
  setChangePasswordOpen: (s: AppState) => s.setChangePasswordOpen,
  shortcutsOpen: (s: AppState) => s.shortcutsOpen,
  setShortcutsOpen: (s: AppState) => s.setShortcutsOpen,
};
