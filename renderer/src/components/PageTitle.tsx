import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title row of a page in the shell: icon, title, and actions on the right. */
export const PageTitle = ({ icon, title, extra }: { icon?: ReactNode; title: string; extra?: ReactNode }) => (
  <Flex align="center" justify="space-between" gap={12} style={{ marginBottom: 12, minHeight: 32 }}>
    <Typography.Title level={4} style={{ margin: 0, color: '#1f2d3d' }}>
      {icon ? <span style={{ marginRight: 8, color: '#1f4e79' }}>{icon}</span> : null}
      {title}
    </Typography.Title>
    {extra ? <Flex gap={8}>{extra}</Flex> : null}
  </Flex>
);
