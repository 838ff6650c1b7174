import { Tag } from 'antd';
import type { MilestoneKind } from '../../../shared/domain/inspection-case';
import { useT } from '../i18n/use-t';

/** One colour per milestone: in progress in blues, waiting on the business in orange, closed in green/red/grey. */
export const MILESTONE_COLOR: Readonly<Record<MilestoneKind, string>> = {
  received: 'blue',
  sampling: 'cyan',
  testing: 'geekblue',
  reviewing: 'purple',
  completed: 'green',
  supplement: 'orange',
  rejected: 'red',
  withdrawn: 'default',
};

export const CaseStatusTag = ({ status }: { status: MilestoneKind }) => {
  const t = useT();
  return (
    <Tag
      color={MILESTONE_COLOR[status]}
      style={{ marginInlineEnd: 0, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' }}
      title={t(`milestone.${status}`)}
      data-testid="case-status"
    >
      {t(`milestone.${status}`)}
    </Tag>
  );
};
