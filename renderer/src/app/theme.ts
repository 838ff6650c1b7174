import type { ThemeConfig } from 'antd';

/** CJK first: Noto Sans TC (Linux, bundled on most images), then the Windows and macOS system fonts. */
export const FONT_STACK =
  "'Noto Sans TC', 'Noto Sans CJK TC', 'Microsoft JhengHei', 'PingFang TC', 'Heiti TC', system-ui, -apple-system, 'Segoe UI', sans-serif";

export const BRAND = {
  primary: '#1f4e79',
  headerBg: '#1f4e79',
  pageBg: '#f3f5f8',
  border: '#d9dee5',
  statusBg: '#e9edf2',
} as const;

/** A calm government tool: one dark blue, small radii, compact tables, no flashy motion. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.primary,
    colorLink: BRAND.primary,
    colorBgLayout: BRAND.pageBg,
    colorBorderSecondary: '#e3e7ec',
    borderRadius: 4,
    fontFamily: FONT_STACK,
    fontSize: 14,
    motionDurationMid: '0.1s',
    motionDurationSlow: '0.15s',
  },
  components: {
    Layout: {
      headerBg: BRAND.headerBg,
      headerHeight: 48,
      headerPadding: '0 16px',
      headerColor: '#ffffff',
      siderBg: '#ffffff',
      bodyBg: BRAND.pageBg,
      footerBg: BRAND.statusBg,
      footerPadding: '0 12px',
    },
    Menu: {
      itemHeight: 38,
      itemMarginBlock: 2,
      itemMarginInline: 6,
      itemBorderRadius: 4,
      itemSelectedBg: '#e6eef6',
      itemSelectedColor: BRAND.primary,
      activeBarBorderWidth: 0,
    },
    Table: {
      headerBg: '#f0f3f7',
      cellPaddingBlockSM: 6,
    },
    Card: {
      headerFontSize: 15,
    },
  },
};
