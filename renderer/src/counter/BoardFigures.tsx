import { Flex, Typography } from 'antd';
import type { MessageKey } from '../i18n/dictionary';
import { useT } from '../i18n/use-t';
import type { CounterBoard } from '../stores/counter/slice';

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <div className="bd-figure" data-testid={testId}>
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {label}
    </Typography.Text>
    <div className="bd-figure-value">{value}</div>
  </div>
);

const ONE_DECIMAL = (n: number) => (Math.round(n * 10) / 10).toString();

/** Today's figures: visitors, escorted visits, finished, average wait and service time. */
export const BoardFigures = ({ figures }: { figures: CounterBoard['figures'] | null }) => {
  const t = useT();
  const minutes = (v: number | null | undefined) => (v === null || v === undefined ? '—' : t('board.minutes', { value: ONE_DECIMAL(v) }));
  const count = (key: MessageKey, v: number | undefined) => (v === undefined ? '—' : t(key, { count: v }));
  return (
    <Flex gap={10} wrap data-testid="board-figures">
      <Figure label={t('board.fig.visitors')} value={count('board.people', figures?.visitors)} testId="fig-visitors" />
      <Figure label={t('board.fig.escorted')} value={count('board.times', figures?.escorted)} testId="fig-escorted" />
      <Figure label={t('board.fig.finished')} value={count('board.people', figures?.finished)} testId="fig-finished" />
      <Figure label={t('board.fig.avgWait')} value={minutes(figures?.avgWaitMinutes)} testId="fig-wait" />
      <Figure label={t('board.fig.avgService')} value={minutes(figures?.avgServiceMinutes)} testId="fig-service" />
    </Flex>
  );
};
