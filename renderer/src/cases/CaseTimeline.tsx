import { Timeline, Typography } from 'antd';
import type { CaseMilestone } from '../../../shared/domain/inspection-case';
import { formatRocDateTime } from '../format/time';
import { useT } from '../i18n/use-t';
import { MILESTONE_COLOR } from './CaseStatusTag';

const DOT: Readonly<Record<string, string>> = { geekblue: '#2f54eb', cyan: '#13a8a8', purple: '#722ed1', orange: '#d46b08', default: '#8c8c8c' };

/** The milestones in the order they happened, newest last: what, when, who recorded it and any note. */
export const CaseTimeline = ({ milestones, staffName }: { milestones: readonly CaseMilestone[]; staffName: (id: string) => string }) => {
  const t = useT();
  const sorted = [...milestones].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Timeline
      data-testid="case-timeline"
      items={sorted.map((m) => {
        const color = MILESTONE_COLOR[m.kind];
        return {
          key: m.id,
          color: DOT[color] ?? color,
          content: (
            <div data-testid="case-milestone" style={{ paddingBottom: 2 }}>
              <Typography.Text strong>{t(`milestone.${m.kind}`)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12, whiteSpace: 'nowrap' }}>
                {formatRocDateTime(m.at)}
              </Typography.Text>
              {m.note ? (
                <div className="bd-wrap" style={{ fontSize: 13, color: '#3d4a5a' }}>
                  {m.note}
                </div>
              ) : null}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('case.recordedBy', { name: staffName(m.recordedBy) })}
              </Typography.Text>
            </div>
          ),
        };
      })}
    />
  );
};
