import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Above a settings table: filters on the left, a count and actions on the right. */
export const TableToolbar = ({ left, count, actions }: { left?: ReactNode; count?: string; actions?: ReactNode }) => (
  <Flex justify="space-between" align="center" gap={12} style={{ marginBottom: 10 }} wrap>
    <Flex gap={8} align="center" wrap>
      {left}
    </Flex>
    <Flex gap={12} align="center" style={{ marginLeft: 'auto' }}>
      {count ? <Typography.Text type="secondary">{count}</Typography.Text> : null}
      {actions}
    </Flex>
  </Flex>
);
