import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { LanguageSwitch } from './LanguageSwitch';
import { AppMark } from './AppMark';

/** The frame of the screens before the shell: set-up, login, database error, start-up. */
export const CenterScreen = ({
  width = 440,
  subtitle,
  children,
}: {
  width?: number;
  subtitle?: string | null;
  children: ReactNode;
}) => {
  const t = useT();
  return (
    <div className="bd-center-screen">
      <Flex vertical gap={16} style={{ width, maxWidth: '100%' }}>
        <Flex align="center" justify="space-between" gap={12} style={{ color: '#fff' }}>
          <Flex align="center" gap={10} style={{ minWidth: 0 }}>
            <AppMark size={36} />
            <div style={{ minWidth: 0 }}>
              <div style={{ fontSize: 20, fontWeight: 600, lineHeight: 1.3 }}>{t('app.title')}</div>
              {subtitle ? (
                <div className="bd-ellipsis" style={{ fontSize: 13, opacity: 0.85 }} title={subtitle}>
                  {subtitle}
                </div>
              ) : null}
            </div>
          </Flex>
          <LanguageSwitch />
        </Flex>
        <Card style={{ boxShadow: '0 4px 18px rgba(15, 40, 70, 0.12)' }}>{children}</Card>
      </Flex>
    </div>
  );
};

export const ScreenHeading = ({ title, intro }: { title: string; intro?: string }) => (
  <div style={{ marginBottom: 16 }}>
    <Typography.Title level={4} style={{ marginTop: 0, marginBottom: intro ? 8 : 0 }}>
      {title}
    </Typography.Title>
    {intro ? (
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {intro}
      </Typography.Paragraph>
    ) : null}
  </div>
);
