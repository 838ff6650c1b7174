import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhTW from 'antd/locale/zh_TW';
import type { Locale as AntLocale } from 'antd/es/locale';
import { useEffect } from 'react';
import type { Locale } from '../i18n/dictionary';
import { translate } from '../i18n/translate';
import { useAppStore } from '../stores/app-store';
import { uiSelectors } from '../stores/ui/selectors';
import { Screens } from './Screens';
import { appTheme } from './theme';

const ANTD_LOCALES: Record<Locale, AntLocale> = { 'zh-TW': zhTW, en: enUS };
const HTML_LANG: Record<Locale, string> = { 'zh-TW': 'zh-Hant-TW', en: 'en' };

export const App = () => {
  const locale = useAppStore(uiSelectors.locale);
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[locale];
    document.title = translate(locale, 'app.title');
  }, [locale]);
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={appTheme} button={{ autoInsertSpace: false }}>
      <AntApp style={{ height: '100%' }}>
        <Screens />
      </AntApp>
    </ConfigProvider>
  );
};
