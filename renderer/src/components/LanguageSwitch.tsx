import { Segmented } from 'antd';
import { LOCALES } from '../i18n/dictionary';
import type { Locale } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { uiSelectors } from '../stores/ui/selectors';

/** 中文 / English. The choice is kept in localStorage by the ui slice. */
export const LanguageSwitch = () => {
  const t = useT();
  const locale = useAppStore(uiSelectors.locale);
  const setLocale = useAppStore(uiSelectors.setLocale);
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('lang.label')}
      value={locale}
      onChange={setLocale}
      options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
    />
  );
};
